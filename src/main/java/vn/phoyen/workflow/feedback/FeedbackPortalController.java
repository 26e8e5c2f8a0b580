package vn.phoyen.workflow.feedback;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;

/**
 * The national portal's feedback, for the case office and the administrators (403 for other staff):
 * {@code POST /api/feedback/portal-import?file=…} (the export's bytes as the body: JSON or CSV),
 * {@code GET /api/feedback/portal-answers?format=json|csv} (published answers of portal cases not yet posted back) and
 * {@code POST /api/feedback/portal-answers/posted} (the office posted them). Formats in the README.
 */
@RestController
class FeedbackPortalController {

    /** An export of a month of a ward's portal feedback is a few hundred rows; 5 MB leaves room and stops a mistake. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final PortalFeedbackImport imports;
    private final PortalAnswerExport exports;
    private final IdentityService identities;
    private final Organization organization;

    FeedbackPortalController(PortalFeedbackImport imports, PortalAnswerExport exports, IdentityService identities,
            Organization organization) {
        this.imports = imports;
        this.exports = exports;
        this.identities = identities;
        this.organization = organization;
    }

    @PostMapping("/api/feedback/portal-import")
    ResponseEntity<?> importExport(@RequestParam(name = "file", defaultValue = "") String file,
            @RequestBody(required = false) byte[] content) {
        if (!caseOffice()) {
            return forbidden();
        }
        if (!file.matches("[\\p{L}\\p{N} ._()-]{1,200}\\.(json|csv|JSON|CSV)")) {
            throw new Refusal("Tên tệp (file) phải kết thúc bằng .json hoặc .csv, ví dụ phan-anh-cong-dvc-2026-03.json");
        }
        if (content == null || content.length == 0) {
            throw new Refusal("Tệp " + file + " trống");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new Refusal("Tệp " + file + " lớn quá " + MAX_FILE_BYTES / 1024 / 1024 + " MB: chia thành nhiều tệp");
        }
        return ResponseEntity.ok(imports.importFile(file, content,
                CurrentStaff.of(identities).map(CurrentStaff::userId).orElse(null)));
    }

    @GetMapping("/api/feedback/portal-answers")
    ResponseEntity<?> answersToPost(@RequestParam(defaultValue = "json") String format) {
        if (!caseOffice()) {
            return forbidden();
        }
        List<PortalAnswerExport.ExportRow> rows = exports.awaiting();
        String day = WardClock.today().toString();
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment("tra-loi-cong-dvc-" + day + ".csv"))
                    // the byte-order mark makes Excel read the Vietnamese as UTF-8
                    .body("\uFEFF" + csv(rows));
        }
        if (!"json".equals(format)) {
            throw new Refusal("Định dạng (format) phải là json hoặc csv");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("tra-loi-cong-dvc-" + day + ".json")).body(rows);
    }

    @PostMapping("/api/feedback/portal-answers/posted")
    ResponseEntity<?> posted(@RequestBody PostedForm form) {
        if (!caseOffice()) {
            return forbidden();
        }
        return ResponseEntity.ok(exports.markPosted(form.postedOn(), form.cases()));
    }

    record PostedForm(LocalDate postedOn, List<PortalAnswerExport.Posting> cases) {
    }

    static String csv(List<PortalAnswerExport.ExportRow> rows) {
        return Stream.concat(Stream.of("portalId,caseNumber,title,receivedDate,answeringUnit,answer,answeredOn"),
                rows.stream().map(row -> Stream.of(row.portalId(), row.caseNumber(), row.title(),
                        String.valueOf(row.receivedDate()), row.answeringUnit(), row.answer(),
                        String.valueOf(row.answeredOn())).map(FeedbackPortalController::quoted)
                        .collect(Collectors.joining(","))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** RFC 4180 quoting; a value starting like a formula is prefixed so a spreadsheet shows it as text. */
    private static String quoted(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private boolean caseOffice() {
        List<String> groups = CurrentStaff.of(identities).map(CurrentStaff::groupIds).orElse(List.of());
        return groups.contains(organization.group("case-office")) || groups.contains(Groups.CAMUNDA_ADMIN);
    }

    private static ResponseEntity<?> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                "Chỉ Văn phòng HĐND và UBND phường và quản trị viên nhập, xuất phản ánh của Cổng dịch vụ công quốc gia"));
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    }
}
