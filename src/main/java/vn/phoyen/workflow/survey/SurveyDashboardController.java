package vn.phoyen.workflow.survey;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.dashboard.DashboardPeriod;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;

/**
 * {@code GET /api/dashboard/surveys?from=yyyy-MM-dd&to=yyyy-MM-dd}: the satisfaction index of the sheets answered in
 * the period, per quarter, service area and unit, with the answers behind every percentage; for the same people as
 * {@code /api/dashboard}.
 */
@RestController
class SurveyDashboardController {

    private final SurveyResults results;
    private final IdentityService identityService;
    private final Organization organization;

    SurveyDashboardController(SurveyResults results, IdentityService identityService, Organization organization) {
        this.results = results;
        this.identityService = identityService;
        this.organization = organization;
    }

    @GetMapping("/api/dashboard/surveys")
    ResponseEntity<?> surveys(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        if (!CurrentStaff.of(identityService).map(caller -> organization.readsWardFigures(caller.groupIds()))
                .orElse(false)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Chỉ "
                    + organization.supervisingOffice().name() + ", " + organization.supervisors().name()
                    + " và quản trị viên xem được số liệu của phường"));
        }
        DashboardPeriod period = DashboardPeriod.parse(from, to);
        return ResponseEntity.ok(Map.of("from", period.from(), "to", period.to(), "results",
                results.between(period.from(), period.to())));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> invalidPeriod(DashboardPeriod.InvalidPeriodException e) {
        return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    }
}
