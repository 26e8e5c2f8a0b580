package vn.phoyen.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CamundaRecipientDirectoryTest {

    private static ProcessEngine engine;

    private CamundaRecipientDirectory directory;

    @BeforeAll
    static void startEngine() {
        engine = WardStaffEngine.start();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void authenticateUserWithoutPermissions() {
        engine.getIdentityService().setAuthenticatedUserId(WardStaffEngine.OUTSIDER);
        directory = new CamundaRecipientDirectory(engine);
    }

    @AfterEach
    void clearAuthentication() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void authenticatedUserCannotReadIdentitiesThemselves() {
        // guards the other tests: if this passed trivially they would not prove anything about authorization
        assertThat(engine.getIdentityService().createUserQuery().userId("nguyenvanan").count()).isZero();
        assertThat(engine.getIdentityService().createGroupQuery().groupId("vhxh").count()).isZero();
    }

    @Test
    void findsUserDespiteMissingReadPermission() {
        assertThat(directory.user("nguyenvanan"))
            .contains(new Recipient("nguyenvanan", "Nguyễn Văn An", "an.nv@phoyen.local"));
    }

    @Test
    void userWithoutEmailIsSkippedWithWarning(CapturedOutput output) {
        assertThat(directory.user("phamvandung")).isEmpty();
        assertThat(output).contains("WARN").contains("user phamvandung has no e-mail address");
    }

    @Test
    void unknownUserIsRejectedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> directory.user("nguyenvanxx"))
            .withMessageContaining("nguyenvanxx");
    }

    @Test
    void listsGroupMembersWithEmailDespiteMissingReadPermission(CapturedOutput output) {
        List<Recipient> members = directory.groupMembers("vhxh");

        assertThat(members).extracting(Recipient::userId).containsExactly("lethicuc", "tranthibich");
        assertThat(members).extracting(Recipient::email).containsExactly("cuc.lt@phoyen.local", "bich.tt@phoyen.local");
        assertThat(output).contains("user phamvandung has no e-mail address");
    }

    @Test
    void existingGroupWithoutMembersIsEmpty() {
        assertThat(directory.groupMembers("tieubantrong")).isEmpty();
    }

    @Test
    void unknownGroupIsRejectedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> directory.groupMembers("vhxhh"))
            .withMessageContaining("vhxhh");
    }

    @Test
    void insideARunningCommandReadsAndThenRestoresAuthorizationChecks() {
        // a JavaDelegate or listener runs inside the engine's command context, which the directory then reuses
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        Boolean checkedAfterwards = configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            assertThat(commandContext.isAuthorizationCheckEnabled()).isTrue();
            assertThat(directory.groupMembers("vhxh")).hasSize(2);
            return commandContext.isAuthorizationCheckEnabled();
        });

        assertThat(checkedAfterwards).isTrue();
    }
}
