package vn.phoyen.workflow.survey;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.Refusal;

/**
 * {@code POST /api/surveys/{campaign}/codes} {@code {unit, count}}: the supervising office issues one-time codes for a
 * unit of an approved or open campaign. 201 with the codes as JSON, or with {@code ?format=print} a printable page
 * (a slip per code, to hand out at the desk or staple to a dossier's receipt). Only hashes are kept: the list is
 * shown this once.
 */
@RestController
class SurveyCodeController {

    private final SurveyCampaigns campaigns;
    private final IdentityService identityService;
    private final Organization organization;

    SurveyCodeController(SurveyCampaigns campaigns, IdentityService identityService, Organization organization) {
        this.campaigns = campaigns;
        this.identityService = identityService;
        this.organization = organization;
    }

    record CodeRequest(String unit, Integer count) {
    }

    @PostMapping("/api/surveys/{campaign}/codes")
    ResponseEntity<?> issue(@PathVariable String campaign, @RequestBody CodeRequest request,
            @RequestParam(required = false) String format) {
        boolean office = CurrentStaff.of(identityService).map(caller -> caller.isAdministrator()
                || caller.groupIds().contains(organization.supervisingOffice().id())).orElse(false);
        if (!office) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Chỉ "
                    + organization.supervisingOffice().name() + " và quản trị viên cấp mã khảo sát"));
        }
        if (request.unit() == null || request.unit().isBlank()) {
            throw new Refusal("Cần ghi đơn vị ('unit') được cấp mã");
        }
        if (request.count() == null) {
            throw new Refusal("Cần ghi số mã ('count'), từ 1 đến " + SurveyCampaigns.MAX_CODES);
        }
        SurveyCampaigns.IssuedCodes issued = campaigns.issue(campaign, request.unit().strip(), request.count());
        if ("print".equals(format)) {
            return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.TEXT_HTML)
                    .cacheControl(CacheControl.noStore()).body(printable(issued));
        }
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(issued);
    }

    /** One slip per code: the campaign, the unit, where to answer, the code; no name, no number of a dossier. */
    static String printable(SurveyCampaigns.IssuedCodes issued) {
        String slips = issued.codes().stream().map(code -> "<div class=\"slip\"><p>Phiếu khảo sát sự hài lòng – "
                + escaped(issued.area()) + "<br>" + escaped(issued.unitName()) + "</p>"
                + "<p>Trả lời tại trang Người dân của UBND phường, mục <b>Khảo sát sự hài lòng</b> "
                + "(/khao-sat/index.html), "
                + "từ " + WorkingCalendar.DAY.format(issued.from()) + " đến " + WorkingCalendar.DAY.format(issued.to())
                + ". Không ghi họ tên; mỗi mã trả lời một lần.</p>"
                + "<p class=\"code\">" + code + "</p></div>").collect(Collectors.joining("\n"));
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Mã khảo sát "
                + escaped(issued.campaign()) + "</title><style>.slip{border:1px dashed #555;padding:8px;"
                + "margin:6px 0;page-break-inside:avoid;font-family:serif}.code{font:bold 20px monospace}</style>"
                + "</head><body><h1>Mã khảo sát " + escaped(issued.campaign()) + " ("
                + issued.codes().size() + " mã)</h1>" + slips + "</body></html>";
    }

    /** Markup characters escaped, Vietnamese letters kept as they are. */
    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
