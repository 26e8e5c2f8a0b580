package vn.phoyen.workflow.security.engine;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * What a person is told after a refused login, from the engine's own throttling ({@code login-max-attempts},
 * {@code login-delay-*}): the count of failures and the lock's end are kept on the user, which only the engine's
 * implementation shows.
 */
public final class LoginLocks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private LoginLocks() {
    }

    /** The Vietnamese answer to a refused login of {@code userId} (null when the request named nobody). */
    public static String refusal(ProcessEngine engine, String userId) {
        String wrong = "Đăng nhập không thành công: sai tên đăng nhập hoặc mật khẩu.";
        if (userId == null) {
            return wrong;
        }
        UserEntity user = (UserEntity) EngineCommands.withoutAuthorization(engine,
                () -> engine.getIdentityService().createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return wrong;
        }
        int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
        if (user.getAttempts() >= maxAttempts) {
            return "Tài khoản '" + userId + "' đã bị khoá sau " + maxAttempts + " lần đăng nhập sai liên tiếp. Đề nghị"
                    + " quản trị hệ thống mở khoá (Admin → Người dùng → Mở khóa người dùng).";
        }
        if (user.getLockExpirationTime() != null && user.getLockExpirationTime().after(WardClock.now())) {
            LocalTime until = user.getLockExpirationTime().toInstant().atZone(WardClock.ZONE).toLocalTime();
            return wrong + " Sau mỗi lần sai, tài khoản tạm khoá một lúc: hãy thử lại sau " + until.format(TIME) + ".";
        }
        return wrong;
    }
}
