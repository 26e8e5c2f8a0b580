package vn.phoyen.workflow.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.referencedata.DataFileException;

/**
 * {@code POST /api/dossiers/imports?file=name.csv|name.json}: one export of the one-stop system, imported (the report
 * with the bad rows; 400 naming the file when it cannot be read at all), for the supervising office, the case office
 * and administrators; {@code GET /api/dossiers/late}: the dossiers past their appointment without a result, land
 * dossiers apart, for them and the supervisors. /api/** needs a login; a change on the webapps' session needs its
 * anti-forgery token.
 */
@RestController
class DossierController {

    /** A ward's nightly export is well under this; more is a wrong file. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final DossierImports imports;
    private final DossierStore store;
    private final IdentityService identityService;
    private final Organization organization;

    DossierController(DossierImports imports, DossierStore store, IdentityService identityService,
            Organization organization) {
        this.imports = imports;
        this.store = store;
        this.identityService = identityService;
        this.organization = organization;
    }

    @PostMapping(path = "/api/dossiers/imports", consumes = {"text/csv", "application/json",
            "application/octet-stream"})
    ResponseEntity<?> upload(@RequestParam(required = false) String file, @RequestBody byte[] content) {
        List<String> groups = groups();
        if (!groups.contains(organization.supervisingOffice().id()) && !groups.contains(organization.caseOffice().id())
                && !groups.contains(Organization.ADMINISTRATORS_GROUP)) {
            return message(HttpStatus.FORBIDDEN, "Chỉ " + organization.supervisingOffice().name() + ", "
                    + organization.caseOffice().name() + " và quản trị viên nhập được dữ liệu hồ sơ TTHC");
        }
        if (file == null || !file.matches("[\\p{L}0-9 ._()-]{1,200}\\.(csv|json|CSV|JSON)")) {
            return message(HttpStatus.BAD_REQUEST, "Tham số file phải là tên tệp .csv hoặc .json (tối đa 200 ký tự)");
        }
        if (content.length > MAX_FILE_BYTES) {
            return message(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp " + file + " lớn hơn 20 MB");
        }
        ImportReport report = imports.importFile(file, content);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", report.file());
        json.put("inserted", report.inserted());
        json.put("updated", report.updated());
        json.put("kept", report.kept());
        json.put("problems", report.problems());
        json.put("lateStarted", report.lateStarted());
        json.put("lateClosed", report.lateClosed());
        json.put("warned", report.warned());
        json.put("report", report.text());
        return ResponseEntity.ok(json);
    }

    /** {@code size} 1 to 100 (20): the first dossiers of each list, oldest appointment first, and how many in all. */
    @GetMapping("/api/dossiers/late")
    ResponseEntity<?> late(@RequestParam(required = false) String size) {
        List<String> groups = groups();
        if (!organization.readsWardFigures(groups) && !groups.contains(organization.caseOffice().id())) {
            return message(HttpStatus.FORBIDDEN, "Chỉ " + organization.supervisingOffice().name() + ", "
                    + organization.caseOffice().name() + ", lãnh đạo UBND phường và quản trị viên xem được hồ sơ "
                    + "quá hạn");
        }
        int limit;
        try {
            limit = size == null || size.isBlank() ? DossierFigures.DEFAULT_SIZE : Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > DossierFigures.MAX_SIZE) {
            return message(HttpStatus.BAD_REQUEST, "Tham số size phải từ 1 đến " + DossierFigures.MAX_SIZE);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("today", WardClock.today().toString());
        json.put("land", lateList(true, limit));
        json.put("others", lateList(false, limit));
        return ResponseEntity.ok(json);
    }

    private Map<String, Object> lateList(boolean land, int limit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", store.countLate(WardClock.today(), land));
        json.put("dossiers", store.late(WardClock.today(), land, limit).stream()
                .map(line -> DossierJson.line(line, organization)).toList());
        return json;
    }

    @ExceptionHandler
    ResponseEntity<?> unreadable(DataFileException e) {
        return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private List<String> groups() {
        // the staff authentication filter has logged the caller in to the engine for this request
        return CurrentStaff.of(identityService).map(CurrentStaff::groupIds).orElse(List.of());
    }

    private static ResponseEntity<?> message(HttpStatus status, String text) {
        return ResponseEntity.status(status).body(Map.of("message", text));
    }
}
