package vn.phoyen.workflow.denunciation;

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

/** The standing the denunciation model's variables give (the figures' former CaseProcedure rules, moved here). */
class DenunciationMilestonesTest {

    @Test
    void theDeadlineThatAppliesDependsOnHowFarTheCaseGot() {
        DenunciationMilestones denunciation = new DenunciationMilestones(new Organization(
                List.of(new Unit("vp", "Văn phòng HĐND và UBND", UnitRole.CASE_OFFICE)), List.of()));
        Map<String, Object> denounced = new HashMap<>();
        denounced.put("acceptanceDueDate", ProcessDeadlines.endOf(LocalDate.of(2026, 3, 11)));
        denounced.put("extendedAcceptanceDueDate", ProcessDeadlines.endOf(LocalDate.of(2026, 3, 16)));
        denounced.put("initialExtended", false);
        assertThat(denunciation.standing(denounced).dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        denounced.put("initialExtended", true);
        assertThat(denunciation.standing(denounced).dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        denounced.put("resolutionDueDate", ProcessDeadlines.endOf(LocalDate.of(2026, 5, 15)));
        assertThat(denunciation.standing(denounced).dueOn()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(denunciation.standing(denounced).unit()).isEqualTo("vp");
        assertThat(denunciation.standingVariables()).containsAll(denounced.keySet());
    }
}
