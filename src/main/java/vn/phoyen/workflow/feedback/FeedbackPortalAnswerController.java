package vn.phoyen.workflow.feedback;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;

/**
 * {@code GET /api/feedback/{caseNumber}/portal-answer}: the published answer of a case as a small JSON file the case
 * office uploads to the national portal's feedback system, until the two systems are linked; for the case office and
 * the administrators (403 for other staff, 404 for a case without a published answer).
 */
@RestController
class FeedbackPortalAnswerController {

    private final FeedbackFlow flow;
    private final IdentityService identities;
    private final Organization organization;

    FeedbackPortalAnswerController(FeedbackFlow flow, IdentityService identities, Organization organization) {
        this.flow = flow;
        this.identities = identities;
        this.organization = organization;
    }

    @GetMapping("/api/feedback/{caseNumber}/portal-answer")
    ResponseEntity<?> portalAnswer(@PathVariable String caseNumber) {
        List<String> groups = CurrentStaff.of(identities).map(CurrentStaff::groupIds).orElse(List.of());
        if (!groups.contains(organization.group("case-office")) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                    "Chỉ Văn phòng HĐND và UBND phường và quản trị viên tải được câu trả lời để đăng lên Cổng"));
        }
        Optional<FeedbackFlow.PortalAnswer> answer = flow.portalAnswer(caseNumber);
        if (answer.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
                    "Hồ sơ " + caseNumber + " chưa có câu trả lời đã công bố"));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tra-loi-" + caseNumber + ".json", StandardCharsets.UTF_8).build().toString())
                .body(answer.get());
    }
}
