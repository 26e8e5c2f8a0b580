package vn.phoyen.workflow.audit;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;

/**
 * {@code GET /api/cases/{processInstanceId}/audit}: who did what on a case and the processes it called, oldest first
 * (see {@link CaseAudit.Record}); 403 with the reason in Vietnamese for those {@link AuditAccess} refuses, 404 for an
 * unknown case. The denouncer vault's reads have their own log ({@code /api/denunciations/{id}/denouncer/reads}).
 */
@RestController
class CaseAuditController {

    private final CaseAudit audit;
    private final Organization organization;

    CaseAuditController(CaseAudit audit, Organization organization) {
        this.audit = audit;
        this.organization = organization;
    }

    @GetMapping("/api/cases/{processInstanceId}/audit")
    ResponseEntity<?> audit(@PathVariable String processInstanceId) {
        CaseAudit.Answer answer = audit.forCaller(processInstanceId);
        if (answer instanceof CaseAudit.Record record) {
            return ResponseEntity.ok(record);
        }
        if (answer instanceof CaseAudit.Refused refused) {
            return message(HttpStatus.FORBIDDEN, refused.confidential()
                    ? "Nhật ký xử lý vụ việc tố cáo chỉ dành cho người được giao xử lý vụ việc và quản trị viên"
                    : "Chỉ " + organization.supervisingOffice().name()
                            + " (với hồ sơ đơn vị theo dõi) và quản trị viên xem được nhật ký xử lý hồ sơ");
        }
        return message(HttpStatus.NOT_FOUND, "Không có hồ sơ " + processInstanceId);
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
