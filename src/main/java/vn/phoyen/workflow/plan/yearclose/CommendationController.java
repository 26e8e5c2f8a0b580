package vn.phoyen.workflow.plan.yearclose;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.process.CurrentStaff;

/**
 * {@code GET /api/plan-years/{year}/commendations}: the Chairman's decisions of a closed year, per unit with its
 * Vietnamese name; for the supervising office, the supervisors and administrators (403 for other staff, 404 while
 * the year is not closed).
 */
@RestController
class CommendationController {

    /** One unit's decision as the API gives it. */
    record UnitCommendation(String unit, String unitName, String decision, String decisionLabel, String grounds,
                            Double meanScore, String decidedBy, String decidedOn) {
    }

    record YearCommendations(int year, List<UnitCommendation> units) {
    }

    private final YearClose yearClose;
    private final Organization organization;
    private final IdentityService identityService;

    CommendationController(YearClose yearClose, Organization organization, IdentityService identityService) {
        this.yearClose = yearClose;
        this.organization = organization;
        this.identityService = identityService;
    }

    @GetMapping("/api/plan-years/{year}/commendations")
    ResponseEntity<?> commendations(@PathVariable int year) {
        List<String> groups = CurrentStaff.of(identityService).map(CurrentStaff::groupIds).orElse(List.of());
        if (!organization.readsWardFigures(groups)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                    "Chỉ Phòng Văn hoá - Xã hội, lãnh đạo UBND phường và quản trị viên xem được kết quả biểu dương, "
                            + "phê bình"));
        }
        List<Commendation> decided = yearClose.commendations(year);
        if (decided.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
                    "Năm " + year + " chưa tổng kết: chưa có quyết định biểu dương, phê bình"));
        }
        return ResponseEntity.ok(new YearCommendations(year, decided.stream().map(commendation -> new UnitCommendation(
                commendation.unit(), organization.unit(commendation.unit()).map(Unit::name).orElse(commendation.unit()),
                commendation.decision().code(), commendation.decision().label(), commendation.grounds(),
                commendation.meanScore(), commendation.decidedBy(), commendation.decidedOn().toString())).toList()));
    }
}
