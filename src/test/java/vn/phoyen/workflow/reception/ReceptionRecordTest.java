package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Who may hold which reception (Law 42/2013/QH13 Arts. 15, 18; Law 136/2025/QH15 from 1 July 2026: no delegation of
 * the periodic reception to a deputy, online reception under the new Art. 3a), without the engine.
 */
class ReceptionRecordTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

    @Test
    void withoutARecordTheVisitIsARegularDeskReceptionInPersonByAnOfficer() {
        ReceptionRecord record = ReceptionRecord.from(Map.<String, Object>of()::get, JULY_1);
        assertThat(record).isEqualTo(new ReceptionRecord(ReceptionRecord.Kind.REGULAR, "",
                ReceptionRecord.Role.OFFICER, ReceptionRecord.Channel.IN_PERSON));
    }

    @Test
    void lawOf2025ADeputyHoldsThePeriodicReceptionOn30JuneButNotOn1July2026() {
        Map<String, Object> deputy = record("periodic", "Trần Văn Phó", "vice-chairman", "in-person");
        assertThat(ReceptionRecord.from(deputy::get, JUNE_30).receiverRole())
                .isEqualTo(ReceptionRecord.Role.VICE_CHAIRMAN);
        assertThatThrownBy(() -> ReceptionRecord.from(deputy::get, JULY_1)).isInstanceOf(ReceptionException.class)
                .hasMessageContaining("không được ủy quyền cho Phó Chủ tịch").hasMessageContaining("01/07/2026")
                .hasMessageContaining("(receiverRole)");
        Map<String, Object> chairman = record("periodic", "Nguyễn Văn Chủ", "chairman", "in-person");
        assertThat(ReceptionRecord.from(chairman::get, JULY_1).receiverName()).isEqualTo("Nguyễn Văn Chủ");
    }

    @Test
    void theAmendmentOnlyConcernsThePeriodicReceptionADeputyStillReceivesAdHoc() {
        Map<String, Object> adHoc = record("ad-hoc", "Trần Văn Phó", "vice-chairman", "in-person");
        assertThat(ReceptionRecord.from(adHoc::get, JULY_1).kind()).isEqualTo(ReceptionRecord.Kind.AD_HOC);
    }

    @Test
    void aPeriodicOrAdHocReceptionNamesItsReceiverWhoIsNotAnOfficer() {
        assertThatThrownBy(() -> ReceptionRecord.from(record("periodic", "", "chairman", "")::get, JUNE_30))
                .hasMessageContaining("(receiverName)");
        assertThatThrownBy(() -> ReceptionRecord.from(record("periodic", "Nguyễn Văn Chủ", "", "")::get, JUNE_30))
                .hasMessageContaining("(receiverRole)");
        assertThatThrownBy(() -> ReceptionRecord.from(record("ad-hoc", "Lý Văn Sơn", "officer", "")::get, JUNE_30))
                .hasMessageContaining("(receiverRole)");
        assertThatThrownBy(() -> ReceptionRecord.from(record("weekly", "Lý Văn Sơn", "officer", "")::get, JUNE_30))
                .hasMessageContaining("(receptionKind)").hasMessageContaining("periodic, ad-hoc, regular");
        assertThat(ReceptionRecord.from(record("regular", "Lý Văn Sơn", "officer", "")::get, JUNE_30).kind())
                .isEqualTo(ReceptionRecord.Kind.REGULAR);
    }

    @Test
    void art3aOnlineReceptionFrom1July2026() {
        Map<String, Object> online = record("regular", "Lý Văn Sơn", "officer", "online");
        assertThatThrownBy(() -> ReceptionRecord.from(online::get, JUNE_30)).hasMessageContaining("(channel)")
                .hasMessageContaining("Điều 3a");
        assertThat(ReceptionRecord.from(online::get, JULY_1).channel()).isEqualTo(ReceptionRecord.Channel.ONLINE);
        assertThatThrownBy(() -> ReceptionRecord.from(record("regular", "", "officer", "zalo")::get, JULY_1))
                .hasMessageContaining("(channel)");
    }

    private static Map<String, Object> record(String kind, String name, String role, String channel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receptionKind", kind);
        variables.put("receiverName", name);
        variables.put("receiverRole", role);
        variables.put("channel", channel);
        return variables;
    }
}
