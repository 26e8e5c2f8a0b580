package vn.phoyen.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/**
 * {@code GET /api/cases/{id}/audit}: who did what on a case, in Vietnamese, for the supervising office on the cases
 * it follows and for administrators; a denunciation's only for those handling it and administrators.
 */
class CaseAuditApiTest extends ProcessTest {

    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void onAWorkingMonday() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    }

    @Test
    void theSupervisingOfficeReadsWhoDidWhatOnAFeedbackCase() {
        String id = startAs("vp.officer", "feedback", Map.of("receivedDate", "2026-03-02", "channel", "phone",
                "category", "moi-truong", "title", "Rác thải ùn ứ ở đầu ngõ",
                "content", "Rác không được thu gom ba ngày nay.", "senderName", "Đỗ Văn Em",
                "senderContact", "0987 654 321"));
        Task assignment = task(id, "assignOfficer");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 3, 8, 30));
        completeAs(engine, "kthtdt.head", assignment, Map.of("answerOfficer", "kthtdt.officer"));

        ResponseEntity<Map> audit = audit("vhxh.officer", id);

        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit.getBody().get("caseNumber")).asString().matches("PA-2026-\\d{4}");
        List<Map<String, Object>> entries = (List<Map<String, Object>>) audit.getBody().get("entries");
        assertThat(entries).extracting(entry -> entry.get("action"))
                .containsExactly("Khởi động hồ sơ", "Nhận việc", "Hoàn thành công việc");
        assertThat(entries.get(0)).containsEntry("userId", "vp.officer").containsEntry("userName", "Lý Văn Sơn")
                .containsEntry("time", "02/03/2026 09:00");
        assertThat(entries.get(1)).containsEntry("userName", "Lê Văn Cường").containsEntry("time", "03/03/2026 08:30")
                .containsEntry("step", assignment.getName());
        assertThat((List<String>) entries.get(1).get("details"))
                .containsExactly("Người xử lý: (không có) → Lê Văn Cường (kthtdt.head)");
        assertThat(entries.get(2)).containsEntry("userId", "kthtdt.head").containsEntry("step", assignment.getName());
        assertThat((List<String>) entries.get(2).get("variables")).contains("answerOfficer");

        assertThat(audit("demo", id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void othersAreRefusedInVietnameseEvenIfTheyTookPart() {
        String id = startAs("vp.officer", "complaint", Map.of("receivedDate", "2026-02-27",
                "complainantName", "Nguyễn Thị Hoa", "complainantAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên",
                "subject", "Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng",
                "content", "Tôi không đồng ý với mức phạt vì công trình đã có giấy phép sửa chữa."));

        for (String user : List.of("vp.officer", "vp.head", "lanhdao.head", "ubkt.head", "kthtdt.officer")) {
            ResponseEntity<Map> refused = audit(user, id);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("message")).as(user).isEqualTo(
                    "Chỉ Phòng Văn hoá - Xã hội (với hồ sơ đơn vị theo dõi) và quản trị viên xem được nhật ký xử lý hồ sơ");
        }
        assertThat(audit("vhxh.head", "khong-co").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/cases/" + id + "/audit", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDenunciationsAuditIsForThoseHandlingItAndAdministratorsAndLeavesTheVaultsLogAlone() {
        String id = startAs("vp.officer", "denunciation", Map.of("receivedDate", "2026-02-27", "anonymous", false,
                "denouncerName", "Lê Văn Cường", "denouncerContact", "Tổ dân phố Ba Hàng, 0912 000 111",
                "accusedName", "Ông Phạm Văn D, công chức địa chính", "accusedUnit", "kthtdt",
                "content", "Nhận tiền để làm nhanh hồ sơ cấp giấy chứng nhận."));

        for (String user : List.of("vp.head", "demo")) {
            ResponseEntity<String> audit = rest.withBasicAuth(user, "demo")
                    .getForEntity("/api/cases/" + id + "/audit", String.class);
            assertThat(audit.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(audit.getBody()).contains("Khởi động hồ sơ").doesNotContain("Lê Văn Cường", "0912 000 111");
        }
        for (String user : List.of("vhxh.head", "lanhdao.head", "kthtdt.head", "vp.officer")) {
            ResponseEntity<Map> refused = audit(user, id);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("message")).as(user).isEqualTo(
                    "Nhật ký xử lý vụ việc tố cáo chỉ dành cho người được giao xử lý vụ việc và quản trị viên");
        }
        // reading the audit is no read of the denouncer's identity
        assertThat(rest.withBasicAuth("lanhdao.head", "demo")
                .getForEntity("/api/denunciations/" + id + "/denouncer/reads", List.class).getBody()).isEmpty();
    }

    private String startAs(String user, String process, Map<String, Object> variables) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(group -> group.getId()).toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return runtimeService.startProcessInstanceByKey(process, variables).getId();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ResponseEntity<Map> audit(String user, String processInstanceId) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/cases/" + processInstanceId + "/audit", Map.class);
    }
}
