package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.organization.UnitRole;

/** The standing the citizen reception model's variables give (the figures' former CaseProcedure rules, moved here). */
class ReceptionMilestonesTest {

    @Test
    void aReceptionHasNoDeadlineOfItsOwn() {
        ReceptionMilestones reception = new ReceptionMilestones(new Organization(
                List.of(new Unit("vp", "Văn phòng HĐND và UBND", UnitRole.CASE_OFFICE)), List.of()));
        assertThat(reception.standing(Map.of("receptionDate", "2026-03-02")).dueOn()).isNull();
        assertThat(reception.standing(Map.of("receptionDate", "2026-03-02")).receivedOn())
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
