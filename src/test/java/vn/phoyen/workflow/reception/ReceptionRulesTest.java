package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;

/** The plain rules of a reception: its start variables, the matters' form and the linked cases' start variables. */
class ReceptionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 6);

    private static final Reception RECEPTION = new Reception("TD-2026-0007", "2026-03-06", "Nguyễn Thị Lan",
            "Tổ dân phố Ba Hàng, phường Phổ Yên");

    private final ReceptionOpening opening = new ReceptionOpening();

    private static Map<String, Object> visit() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receptionDate", "2026-03-06");
        variables.put("visitorName", "Nguyễn Thị Lan");
        variables.put("visitorAddress", "Tổ dân phố Ba Hàng");
        return variables;
    }

    private Map<String, Object> open(Map<String, Object> variables) {
        return opening.open(new StartVariables(variables), TODAY);
    }

    @Test
    void aSingleVisitorWithoutReceiverNamed() {
        // without a record: the regular desk, in person, an officer (Law 42/2013 as amended by Law 136/2025)
        assertThat(open(visit())).containsExactlyInAnyOrderEntriesOf(Map.of("groupSize", 1, "receivedBy", "",
                "receptionKind", "regular", "receiverName", "", "receiverRole", "officer", "channel", "in-person"));
    }

    @Test
    void aGroupVisitWithItsIdNumberAndReceiver() {
        Map<String, Object> variables = visit();
        variables.put("groupSize", "12");
        variables.put("visitorIdNumber", "019087001234");
        variables.put("receivedBy", "vp.officer");

        assertThat(open(variables)).containsEntry("groupSize", 12).containsEntry("receivedBy", "vp.officer");
    }

    @Test
    void badVariablesAreRefusedNamingTheVariable() {
        Map<String, String> cases = Map.of(
                "receptionDate", "2026-03-07",
                "visitorName", " ",
                "visitorIdNumber", "12345",
                "groupSize", "nhiều",
                "receivedBy", "vp officer");
        cases.forEach((name, value) -> {
            Map<String, Object> variables = visit();
            variables.put(name, value);
            assertThatThrownBy(() -> open(variables)).as(name).isInstanceOf(CaseStartException.class)
                    .hasMessageContaining("'" + name + "'");
        });
        Map<String, Object> noAddress = visit();
        noAddress.remove("visitorAddress");
        assertThatThrownBy(() -> open(noAddress)).hasMessage("Thiếu biến 'visitorAddress'");
        Map<String, Object> noGroup = visit();
        noGroup.put("groupSize", "0");
        assertThatThrownBy(() -> open(noGroup)).hasMessage("Biến 'groupSize' phải từ 1 đến 1000 người, không phải 0");
    }

    @Test
    void aMatterAnsweredOnTheSpotNeedsItsAnswer() {
        Map<String, Object> form = new HashMap<>(Map.of("matterSummary", "Hỏi thủ tục cấp sổ đỏ", "handling", "answered"));
        assertThatThrownBy(() -> Matter.from(form::get)).isInstanceOf(ReceptionException.class)
                .hasMessageContaining("(answer)");

        form.put("answer", "Đã hướng dẫn nộp hồ sơ tại bộ phận một cửa");
        Matter matter = Matter.from(form::get);
        assertThat(matter.handling()).isEqualTo(Handling.ANSWERED);
        assertThat(matter.content()).isEqualTo("Hỏi thủ tục cấp sổ đỏ");
        assertThat(matter.handling().processKey()).isEmpty();
    }

    @Test
    void aMatterNeedsASummaryAndAKnownHandling() {
        assertThatThrownBy(() -> Matter.from(Map.of("handling", "feedback")::get)).hasMessageContaining("(matterSummary)");
        assertThatThrownBy(() -> Matter.from(Map.of("matterSummary", "Đường hỏng", "handling", "x")::get))
                .hasMessageContaining("(handling)");
        assertThatThrownBy(() -> Matter.from(Map.<String, Object>of("matterSummary", 5)::get))
                .hasMessageContaining("(matterSummary) phải là văn bản");
    }

    @Test
    void aComplaintCarriesTheVisitorAsComplainant() {
        Matter matter = Matter.from(Map.of("matterSummary", "Khiếu nại quyết định thu hồi đất", "handling", "complaint",
                "content", "Không đồng ý mức bồi thường", "answer", "bỏ qua")::get);

        assertThat(LinkedCases.startVariables(RECEPTION, matter)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "receivedDate", "2026-03-06", "complainantName", "Nguyễn Thị Lan",
                "complainantAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên", "subject", "Khiếu nại quyết định thu hồi đất",
                "content", "Không đồng ý mức bồi thường", "receptionCase", "TD-2026-0007"));
    }

    /** Law 25/2018 Art. 47 ff.: the visitor's identity and the reception's number go to the vault, not a variable. */
    @Test
    void aDenunciationCarriesTheAccusedFromTheFormAndTheVisitorOnlyInTheConfidentialVariables() {
        Matter matter = Matter.from(Map.of("matterSummary", "Tố cáo cán bộ địa chính", "handling", "denunciation",
                "accusedName", "Trần Văn B", "accusedUnit", "kthtdt")::get);

        assertThat(LinkedCases.startVariables(RECEPTION, matter)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "receivedDate", "2026-03-06", "denouncerName", "Nguyễn Thị Lan",
                "denouncerContact", "Tổ dân phố Ba Hàng, phường Phổ Yên", "accusedName", "Trần Văn B",
                "accusedUnit", "kthtdt", "content", "Tố cáo cán bộ địa chính", "denouncerIdNumber", "",
                "denouncerReceptionCase", "TD-2026-0007"));
    }

    @Test
    void afterADenunciationTheSameVisitOpensNoFurtherCaseInTheVisitorsName() {
        Matter complaint = Matter.from(Map.of("matterSummary", "Khiếu nại", "handling", "complaint")::get);
        LinkedCases cases = new LinkedCases((key, variables) -> "KN-2026-0001");
        Reception sealed = new Reception("TD-2026-0007", "2026-03-06", null, null, null);
        assertThatThrownBy(() -> cases.open(sealed, complaint)).isInstanceOf(ReceptionException.class)
                .hasMessageContaining("lượt tiếp mới");
        assertThat(cases.open(RECEPTION, complaint)).isEqualTo("KN-2026-0001");
    }

    @Test
    void theLogRecordsADenunciationWithoutItsContentOrCaseNumber() {
        Matter matter = Matter.from(Map.of("matterSummary", "Tố cáo cán bộ địa chính", "handling", "denunciation",
                "accusedName", "Trần Văn B", "accusedUnit", "kthtdt")::get);
        Map<String, Object> entry = ReceptionLog.append(null, matter, "TC-2026-0001").get(0);
        assertThat(entry).containsEntry("summary", ReceptionLog.CONFIDENTIAL).containsEntry("linkedCase", "")
                .containsEntry("handling", "denunciation");
        assertThat(entry.toString()).doesNotContain("Trần Văn B").doesNotContain("TC-2026");
    }

    @Test
    void aFeedbackIsReceivedAtTheDesk() {
        Matter matter = Matter.from(Map.of("matterSummary", "Đèn đường hỏng", "handling", "feedback",
                "category", "ha-tang", "content", "Ngõ 5 tối từ tuần trước")::get);

        assertThat(LinkedCases.startVariables(RECEPTION, matter)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "receivedDate", "2026-03-06", "channel", "desk", "category", "ha-tang", "title", "Đèn đường hỏng",
                "content", "Ngõ 5 tối từ tuần trước", "senderName", "Nguyễn Thị Lan",
                "senderContact", "Tổ dân phố Ba Hàng, phường Phổ Yên", "receptionCase", "TD-2026-0007"));
    }

    @Test
    void aRefusedStartTellsTheClerkWhichCaseAndWhy() {
        LinkedCases refusing = new LinkedCases((key, variables) -> {
            throw new ReceptionException("Thiếu biến 'category'");
        });
        Matter matter = Matter.from(Map.of("matterSummary", "Đèn đường hỏng", "handling", "feedback")::get);

        assertThatThrownBy(() -> refusing.open(RECEPTION, matter)).isInstanceOf(ReceptionException.class)
                .hasMessage("Không mở được hồ sơ phản ánh, kiến nghị cho nội dung này: Thiếu biến "
                        + "'category'. Hãy bổ sung trong biểu mẫu rồi hoàn thành lại; chưa có gì được lưu.");
    }

    @Test
    void theLogKeepsEveryMatterInOrder() {
        Matter answered = Matter.from(Map.of("matterSummary", "Hỏi thủ tục", "handling", "answered",
                "answer", "Đã hướng dẫn")::get);
        Matter feedback = Matter.from(Map.of("matterSummary", "Đèn đường hỏng", "handling", "feedback",
                "category", "ha-tang")::get);

        List<Map<String, Object>> first = ReceptionLog.append(null, answered, null);
        ArrayList<Map<String, Object>> both = ReceptionLog.append(first, feedback, "PA-2026-0001");

        assertThat(first).hasSize(1);
        assertThat(both).extracting(entry -> entry.get("number"), entry -> entry.get("handling"),
                entry -> entry.get("linkedCase")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "answered", ""),
                        org.assertj.core.groups.Tuple.tuple(2, "feedback", "PA-2026-0001"));
    }
}
