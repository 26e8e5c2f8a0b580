package vn.phoyen.workflow.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.document.OfficialDocument;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;

/**
 * The staff API of plan editions: a year's files to download (draft or issued) and, while a draft, to upload as the
 * supervising office edited them (400 naming the file and the line when the draft would not read); the issued plan's
 * Word document. Files are read by the supervising office, the supervisors and administrators.
 */
@RestController
class PlanEditionController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PlanEditions editions;
    private final IdentityService identityService;
    private final Organization organization;

    PlanEditionController(PlanEditions editions, IdentityService identityService, Organization organization) {
        this.editions = editions;
        this.identityService = identityService;
        this.organization = organization;
    }

    @GetMapping("/api/plan-editions/{year}/files/{file}")
    ResponseEntity<?> file(@PathVariable int year, @PathVariable String file) {
        if (!organization.readsWardFigures(groups())) {
            return message(HttpStatus.FORBIDDEN, "Chỉ Phòng Văn hoá - Xã hội, lãnh đạo UBND phường và quản trị viên "
                    + "xem được dự thảo kế hoạch");
        }
        return (PlanFiles.isName(file) ? editions.file(year, file) : Optional.<String>empty())
                .<ResponseEntity<?>>map(text -> ResponseEntity.ok().contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(year + "-" + file, StandardCharsets.UTF_8).build().toString())
                        .body(text.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> message(HttpStatus.NOT_FOUND, "Không có tệp " + file + " của kế hoạch năm " + year));
    }

    @PutMapping(path = "/api/plan-editions/{year}/files/{file}", consumes = "text/csv")
    ResponseEntity<?> upload(@PathVariable int year, @PathVariable String file, @RequestBody byte[] content) {
        if (!PlanFiles.isName(file)) {
            return message(HttpStatus.NOT_FOUND, "Kế hoạch chỉ có các tệp " + String.join(", ", PlanFiles.NAMES));
        }
        editions.upload(year, file, new String(content, StandardCharsets.UTF_8), groups(), WardClock.instant());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/plan-editions/{year}/document")
    ResponseEntity<?> document(@PathVariable int year) {
        return editions.document(year).<ResponseEntity<?>>map(document -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(OfficialDocument.DOCX))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                        .body(document.content()))
                .orElseGet(() -> message(HttpStatus.NOT_FOUND, "Kế hoạch năm " + year + " chưa ban hành trong hệ thống"));
    }

    @ExceptionHandler
    ResponseEntity<?> notAllowed(EditionNotAllowedException e) {
        return message(HttpStatus.FORBIDDEN, e.getMessage());
    }

    private List<String> groups() {
        // the staff authentication filter has logged the caller in to the engine for this request
        return CurrentStaff.of(identityService).map(CurrentStaff::groupIds).orElse(List.of());
    }

    private static ResponseEntity<?> message(HttpStatus status, String text) {
        return ResponseEntity.status(status).body(Map.of("message", text));
    }
}
