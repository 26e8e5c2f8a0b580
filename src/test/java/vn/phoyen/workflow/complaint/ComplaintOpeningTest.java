package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;

/** The ward setting {@code ward.complaint.remote-area} chooses the remote-area periods (Art. 28), not the clerk. */
class ComplaintOpeningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final StatutoryPeriods periods = mock(StatutoryPeriods.class);

    ComplaintOpeningTest() {
        when(periods.deadline(eq("complaint-acceptance"), any())).thenReturn(LocalDate.of(2026, 3, 12));
    }

    @Test
    void anUrbanWardAcceptsRemoteAreaFalseOrAbsentAndRefusesTrueNamingTheVariable() {
        ComplaintOpening urban = new ComplaintOpening(periods, false, "vp");

        assertThat(urban.open(new StartVariables(complaint()), TODAY)).containsEntry("remoteArea", false)
                .containsEntry("resolutionPeriodCode", "complaint-resolution");
        Map<String, Object> withFalse = complaint();
        withFalse.put("remoteArea", false);
        withFalse.put("complexCase", true);
        assertThat(urban.open(new StartVariables(withFalse), TODAY)).containsEntry("remoteArea", false)
                .containsEntry("resolutionPeriodCode", "complaint-resolution-complex");
        Map<String, Object> withTrue = complaint();
        withTrue.put("remoteArea", true);
        assertThatThrownBy(() -> urban.open(new StartVariables(withTrue), TODAY))
                .isInstanceOf(CaseStartException.class).hasMessageContaining("'remoteArea'")
                .hasMessageContaining("vùng sâu, vùng xa").hasMessageContaining("ward.complaint.remote-area");
    }

    @Test
    void aWardInARemoteAreaUsesTheRemoteRowsForEveryComplaint() {
        ComplaintOpening remote = new ComplaintOpening(periods, true, "vp");

        assertThat(remote.open(new StartVariables(complaint()), TODAY)).containsEntry("remoteArea", true)
                .containsEntry("resolutionPeriodCode", "complaint-resolution-remote");
        Map<String, Object> complex = complaint();
        complex.put("complexCase", true);
        complex.put("remoteArea", true);
        assertThat(remote.open(new StartVariables(complex), TODAY))
                .containsEntry("resolutionPeriodCode", "complaint-resolution-complex-remote");
    }

    @Test
    void theDayTheComplainantLearnedOfTheDecisionMayComeWithTheStartButNotAfterReceipt() {
        ComplaintOpening urban = new ComplaintOpening(periods, false, "vp");
        Map<String, Object> late = complaint();
        late.put("learnedOn", "2026-03-01");
        assertThatThrownBy(() -> urban.open(new StartVariables(late), TODAY)).hasMessageContaining("'learnedOn'");
        late.put("learnedOn", "01/02/2026");
        assertThatThrownBy(() -> urban.open(new StartVariables(late), TODAY)).hasMessageContaining("'learnedOn'");
        late.put("learnedOn", "2026-02-01");
        assertThat(urban.open(new StartVariables(late), TODAY)).containsEntry("implementingUnit", "vp");
    }

    private static Map<String, Object> complaint() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivedDate", "2026-02-27");
        variables.put("complainantName", "Nguyễn Thị Hoa");
        variables.put("complainantAddress", "Tổ dân phố Ba Hàng");
        variables.put("subject", "Khiếu nại quyết định xử phạt");
        variables.put("content", "Không đồng ý");
        return variables;
    }
}
