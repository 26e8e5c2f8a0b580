package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.notification.Notifier;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.organization.UnitRole;
import vn.phoyen.workflow.escalation.OverdueNotice;
import vn.phoyen.workflow.escalation.Escalation;
import vn.phoyen.workflow.plan.work.PlanWorkExpressions;

/** The beans the plan models call, without an engine. */
class PlanBeansTest {

    private static final Organization WARD = new Organization(List.of(
            new Unit("vhxh", "Phòng Văn hoá - Xã hội", UnitRole.SUPERVISING_OFFICE),
            new Unit("ca", "Công an phường", UnitRole.UNIT),
            new Unit("lanhdao", "Chủ tịch, Phó Chủ tịch UBND phường", UnitRole.SUPERVISORS)), List.of());

    private final Notifier notifier = mock(Notifier.class);

    private final PlanWorkExpressions planWork = new PlanWorkExpressions(WARD);

    @Test
    void anEscalationMailsTheOfficeAndTheLeadUnitsHeadsWithWhatIsLateAndWhen() {
        new Escalation(notifier, WARD).notifyOverdue(new OverdueNotice("Nhiệm vụ 4",
                "Công khai kịp thời, đầy đủ", "ca", "Báo cáo tiến độ quý III/2025 chưa nộp đúng hạn",
                LocalDate.of(2025, 9, 15)));

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        String subject = "Báo cáo tiến độ quý III/2025 chưa nộp đúng hạn – Nhiệm vụ 4 (Công an phường)";
        verify(notifier).notifyGroup(eq("vhxh"), eq(subject), body.capture());
        verify(notifier).notifyGroup(eq("ca-heads"), eq(subject), eq(body.getValue()));
        assertThat(body.getValue())
                .contains("Kính gửi: Phòng Văn hoá - Xã hội; lãnh đạo Công an phường.")
                .contains("Nhiệm vụ 4: Công khai kịp thời, đầy đủ")
                .contains("Đơn vị chủ trì: Công an phường")
                .contains("Tình trạng: Báo cáo tiến độ quý III/2025 chưa nộp đúng hạn")
                .contains("Thời hạn: 15/09/2025");
    }

    @Test
    void theOfficesOwnLateWorkIsMailedToTheOfficeOnceAndAMissingDeadlineIsLeftOut() {
        new Escalation(notifier, WARD).notifyOverdue(new OverdueNotice("Nhiệm vụ 2", "Tập huấn", "vhxh",
                "Còn 10 ngày làm việc đến hạn hoàn thành", null));

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(notifier).notifyGroup(eq("vhxh"), anyString(), body.capture());
        verify(notifier, never()).notifyGroup(eq("vhxh-heads"), anyString(), anyString());
        assertThat(body.getValue()).doesNotContain("Thời hạn:");
    }

    @Test
    void theLeadUnitDoesNotContributeToItsOwnReport() {
        assertThat(planWork.supportUnitsFor("vhxh", List.of("vhxh"))).isEmpty();
        assertThat(planWork.supportUnitsFor("ca", List.of("vhxh", "ca", "vp", "vhxh"))).containsExactly("vhxh", "vp");
        assertThat(planWork.supportUnitsFor("ca", null)).isEmpty();
    }

    @Test
    void workWithinTheYearIsDueAtTheEndOfItsLastDay() {
        assertThat(planWork.endOfYear(2025)).isEqualTo(EngineClock.at(LocalDateTime.of(2025, 12, 31, 23, 59, 59)));
        assertThat(planWork.endOfYear("2026")).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 12, 31, 23, 59, 59)));
    }

    @Test
    void unitsAreShownByName() {
        assertThat(planWork.unitName("ca")).isEqualTo("Công an phường");
        assertThat(planWork.unitName("tdp-1")).isEqualTo("tdp-1");
    }

    @Test
    void aReportStartsWithoutContributions() {
        assertThat(planWork.noRecords()).isEmpty();
    }
}
