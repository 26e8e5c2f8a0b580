package vn.phoyen.workflow.denunciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The denunciation's domain rules, without the engine. */
class DenunciationRulesTest {

    @Test
    void aDenunciationAgainstTheLeadershipIsTransferredAnyOtherIsHandledByTheWard() {
        assertThat(DenunciationCompetence.of("lanhdao", "lanhdao")).isEqualTo(DenunciationCompetence.TRANSFER);
        assertThat(DenunciationCompetence.of("kthtdt", "lanhdao")).isEqualTo(DenunciationCompetence.WARD);
    }

    @Test
    void onlyTheHandlerTheChairmansGroupAndAdministratorsReadTheIdentityNeverTheAccusedUnit() {
        assertThat(DenouncerAccess.mayRead("vp.officer", List.of("vp"), "vp.officer", "kthtdt", "lanhdao",
                "camunda-admin")).isTrue();
        assertThat(DenouncerAccess.mayRead("lanhdao.head", List.of("lanhdao"), "vp.officer", "kthtdt", "lanhdao",
                "camunda-admin")).isTrue();
        assertThat(DenouncerAccess.mayRead("demo", List.of("camunda-admin"), null, "kthtdt", "lanhdao",
                "camunda-admin")).isTrue();
        assertThat(DenouncerAccess.mayRead("kthtdt.officer", List.of("kthtdt"), "vp.officer", "kthtdt", "lanhdao",
                "camunda-admin")).isFalse();
        assertThat(DenouncerAccess.mayRead("vp.head", List.of("vp", "vp-heads"), "vp.officer", "kthtdt", "lanhdao",
                "camunda-admin")).isFalse();
        // the leadership does not read who denounced the leadership
        assertThat(DenouncerAccess.mayRead("lanhdao.head", List.of("lanhdao"), "vp.officer", "lanhdao", "lanhdao",
                "camunda-admin")).isFalse();
        // nor does a handler who belongs to the accused unit
        assertThat(DenouncerAccess.mayRead("vp.officer", List.of("vp"), "vp.officer", "vp", "lanhdao",
                "camunda-admin")).isFalse();
        assertThat(DenouncerAccess.mayRead(null, List.of(), null, "kthtdt", "lanhdao", "camunda-admin")).isFalse();
        assertThat(DenouncerAccess.mayAudit(List.of("lanhdao"), "lanhdao", "camunda-admin")).isTrue();
        assertThat(DenouncerAccess.mayAudit(List.of("vp"), "lanhdao", "camunda-admin")).isFalse();
    }

    @Test
    void theResolutionRunsThirtyDaysAndExtendsAtMostTwiceFromTheDeadlineItExtends() {
        ResolutionSchedule schedule = new ResolutionSchedule((code, event) -> switch (code) {
            case "denunciation-resolution", "denunciation-extension" -> event.plusDays(30);
            default -> throw new IllegalArgumentException(code);
        });
        assertThat(schedule.resolutionDue(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(schedule.extend(0, LocalDate.of(2026, 4, 1)))
                .isEqualTo(new ResolutionSchedule.Extension(1, LocalDate.of(2026, 5, 1)));
        assertThat(schedule.extend(1, LocalDate.of(2026, 5, 1)))
                .isEqualTo(new ResolutionSchedule.Extension(2, LocalDate.of(2026, 5, 31)));
        assertThatThrownBy(() -> schedule.extend(2, LocalDate.of(2026, 5, 31)))
                .isInstanceOf(ResolutionSchedule.ExtensionRefused.class).hasMessageContaining("2 lần");
        ResolutionSchedule.checkInitialExtension(false);
        assertThatThrownBy(() -> ResolutionSchedule.checkInitialExtension(true))
                .isInstanceOf(ResolutionSchedule.ExtensionRefused.class).hasMessageContaining("một lần");
    }

    @Test
    void theIdentityNeverPrintsItsValues() {
        DenouncerIdentity identity = new DenouncerIdentity("Nguyễn Văn A", "0912345678");
        assertThat(identity.toString()).doesNotContain("Nguyễn Văn A").doesNotContain("0912345678");
        assertThat(new DenouncerIdentityStore.ProtectedCase("1", "TC-2026-0001", "ca", identity).toString())
                .doesNotContain("Nguyễn Văn A").doesNotContain("0912345678");
    }
}
