package vn.phoyen.workflow.dashboard;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CurrentStaff;

/**
 * {@code GET /api/dashboard?from=yyyy-MM-dd&to=yyyy-MM-dd}: the ward's figures for the supervising office, the
 * supervisors and the administrators. /api/** needs HTTP Basic; the staff filter has logged the caller in to the
 * engine.
 */
@RestController
class DashboardController {

    private final WardFigures figures;
    private final IdentityService identityService;
    private final Organization organization;

    DashboardController(WardFigures figures, IdentityService identityService, Organization organization) {
        this.figures = figures;
        this.identityService = identityService;
        this.organization = organization;
    }

    @GetMapping("/api/dashboard")
    ResponseEntity<?> dashboard(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (!CurrentStaff.of(identityService).map(caller -> organization.readsWardFigures(caller.groupIds()))
                .orElse(false)) {
            return message(HttpStatus.FORBIDDEN, "Chỉ " + organization.supervisingOffice().name() + ", "
                    + organization.supervisors().name() + " và quản trị viên xem được số liệu của phường");
        }
        DashboardPeriod period = DashboardPeriod.parse(from, to);
        return ResponseEntity.ok(figures.between(period.from(), period.to()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> invalidPeriod(DashboardPeriod.InvalidPeriodException e) {
        return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
