package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.organization.UnitRole;

/** The standing the complaint model's variables give (the figures' former CaseProcedure rules, moved here). */
class ComplaintMilestonesTest {

    static final Organization WARD = new Organization(
            List.of(new Unit("vp", "Văn phòng HĐND và UBND", UnitRole.CASE_OFFICE)), List.of());

    @Test
    void theDeadlineThatAppliesDependsOnHowFarTheCaseGot() {
        ComplaintMilestones complaint = new ComplaintMilestones(WARD);
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivedDate", "2026-03-02");
        variables.put("acceptanceDueDate", ProcessDeadlines.endOf(LocalDate.of(2026, 3, 12)));
        assertThat(complaint.standing(variables).receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(complaint.standing(variables).dueOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        variables.put("resolutionDueDate", ProcessDeadlines.endOf(LocalDate.of(2026, 4, 1)));
        assertThat(complaint.standing(variables).dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(complaint.standing(variables).unit()).isEqualTo("vp");
        assertThat(complaint.standingVariables()).containsAll(variables.keySet());
    }
}
