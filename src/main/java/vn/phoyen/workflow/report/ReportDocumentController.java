package vn.phoyen.workflow.report;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.document.OfficialDocument;
import vn.phoyen.workflow.document.Signers;

/**
 * {@code GET /api/reports/{processInstanceId}/document}: the report as a Word document, the draft as it now stands
 * or the issued one once approved; for the supervising office, the supervisors and the administrators (403 for
 * other staff, 404 for an unknown report). The file name is Vietnamese, sent as RFC 5987 {@code filename*}.
 */
@RestController
class ReportDocumentController {

    private final WardReports reports;
    private final Signers signers;
    private final IdentityService identityService;
    private final HistoryService historyService;
    private final Organization organization;

    ReportDocumentController(WardReports reports, Signers signers, ProcessEngine engine,
            Organization organization) {
        this.reports = reports;
        this.signers = signers;
        this.identityService = engine.getIdentityService();
        this.historyService = engine.getHistoryService();
        this.organization = organization;
    }

    @GetMapping("/api/reports/{processInstanceId}/document")
    ResponseEntity<?> document(@PathVariable String processInstanceId) {
        List<String> groups = CurrentStaff.of(identityService).map(CurrentStaff::groupIds).orElse(List.of());
        if (!organization.readsWardFigures(groups)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                    "Chỉ Phòng Văn hoá - Xã hội, lãnh đạo UBND phường và quản trị viên xem được báo cáo"));
        }
        Optional<WardReports.ReportFile> file = reports.document(processInstanceId,
                () -> narrative(processInstanceId), signers::chairman, WardClock.today());
        if (file.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Không có báo cáo này"));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(OfficialDocument.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.get().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.get().content());
    }

    /** The office's parts as last saved: from history, so a report whose instance has ended still reads. */
    private Narrative narrative(String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableNameIn(java.util.stream.Stream.concat(Narrative.VARIABLES.stream(),
                        java.util.stream.Stream.of(Narrative.FIGURES_SUMMARY)).toArray(String[]::new))
                .list()) {
            if (processInstanceId.equals(variable.getExecutionId())) {
                values.put(variable.getName(), variable.getValue());
            }
        }
        // a draft the office has not written yet shows the system's figures summary in its place
        Object written = values.get(Narrative.OVERVIEW);
        if (!(written instanceof String text) || text.isBlank()) {
            values.put(Narrative.OVERVIEW, values.get(Narrative.FIGURES_SUMMARY));
        }
        return Narrative.of(values);
    }
}
