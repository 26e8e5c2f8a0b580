package vn.phoyen.workflow.notification;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * An in-memory engine with authorization checks on, as in production, holding a few ward staff. The authenticated
 * user {@link #OUTSIDER} has no permissions at all, so any identity read that is still authorized finds nothing.
 */
final class WardStaffEngine {

    static final String OUTSIDER = "congdan";

    private WardStaffEngine() {
    }

    static ProcessEngine start() {
        String name = "notif-" + UUID.randomUUID();
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setProcessEngineName(name)
            .setJdbcUrl("jdbc:h2:mem:" + name)
            .setAuthorizationEnabled(true)
            .buildProcessEngine();
        IdentityService identity = engine.getIdentityService();
        user(identity, "nguyenvanan", "Nguyễn Văn", "An", "an.nv@phoyen.local");
        user(identity, "tranthibich", "Trần Thị", "Bích", "bich.tt@phoyen.local");
        user(identity, "lethicuc", "Lê Thị", "Cúc", "cuc.lt@phoyen.local");
        user(identity, "phamvandung", "Phạm Văn", "Dũng", null);
        group(identity, "vhxh", "Phòng Văn hóa - Xã hội", "tranthibich", "lethicuc", "phamvandung");
        group(identity, "tieubantrong", "Tiểu ban chưa có thành viên");
        return engine;
    }

    private static void user(IdentityService identity, String id, String firstName, String lastName, String email) {
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        identity.saveUser(user);
    }

    private static void group(IdentityService identity, String id, String name, String... members) {
        Group group = identity.newGroup(id);
        group.setName(name);
        identity.saveGroup(group);
        for (String member : members) {
            identity.createMembership(member, id);
        }
    }
}
