package vn.phoyen.workflow.security.engine;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * A password the policy refuses (Admin, the profile, {@code PUT /user/{id}/credentials}) is the engine's bare
 * "Password does not match policy", which the REST layer answers 500: here it leaves the engine as a
 * {@link BadUserRequestException} saying in Vietnamese what a password needs, so it is a 400 a person can act on.
 */
@Component
class PasswordPolicyRefusals extends AbstractProcessEnginePlugin {

    /** The engine's own message (SaveUserCmd), the only sign of this refusal. */
    static final String ENGINE_MESSAGE = "Password does not match policy";

    private static final Map<String, String> RULES = Map.of(
            "PASSWORD_POLICY_LENGTH", "ít nhất %s ký tự",
            "PASSWORD_POLICY_LOWERCASE", "ít nhất %s chữ thường",
            "PASSWORD_POLICY_UPPERCASE", "ít nhất %s chữ hoa",
            "PASSWORD_POLICY_DIGIT", "ít nhất %s chữ số",
            "PASSWORD_POLICY_SPECIAL", "ít nhất %s ký tự đặc biệt (như ! @ # $ %%)",
            "PASSWORD_POLICY_USER_DATA", "không chứa tên đăng nhập, họ, tên hay địa chỉ e-mail của người dùng");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.interceptOutsideTransaction(configuration, new Interceptor(configuration));
    }

    /** "Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự, …" from the rules of the policy in force. */
    static String inVietnamese(PasswordPolicy policy) {
        // the minimums first, then what a password must not contain
        String rules = policy.getRules().stream()
                .sorted(Comparator.comparing(rule -> rule.getParameters() == null || rule.getParameters().isEmpty()))
                .map(PasswordPolicyRefusals::describe).collect(Collectors.joining(", "));
        return "Mật khẩu chưa đủ mạnh theo chính sách mật khẩu của phường: cần " + rules + ".";
    }

    /** Each rule of the engine's default policy has at most one parameter, its minimum. */
    private static String describe(PasswordPolicyRule rule) {
        String text = RULES.get(rule.getPlaceholder());
        if (text == null) {
            return rule.getPlaceholder();
        }
        Map<String, String> parameters = rule.getParameters();
        return parameters == null || parameters.isEmpty() ? text
                : String.format(text, parameters.values().iterator().next());
    }

    private static final class Interceptor extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Interceptor(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException thrown) {
                if (thrown.getClass() != ProcessEngineException.class || !ENGINE_MESSAGE.equals(thrown.getMessage())) {
                    throw thrown;
                }
                throw new BadUserRequestException(inVietnamese(configuration.getPasswordPolicy()), thrown);
            }
        }
    }
}
