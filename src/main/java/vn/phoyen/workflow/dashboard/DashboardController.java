package vn.phoyen.workflow.dashboard;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
 * supervisors and the administrators, counts only; {@code GET /api/dashboard/cases?from=&to=&procedure=&unit=&status=
 * &page=&size=}: the cases behind one figure, a page at a time, for the same people. /api/** needs a login; the staff
 * filter has logged the caller in to the engine.
 */
@RestController
class DashboardController {

    private final WardFigures figures;
    private final FigureCases figureCases;
    private final IdentityService identityService;
    private final Organization organization;

    DashboardController(WardFigures figures, FigureCases figureCases, IdentityService identityService,
            Organization organization) {
        this.figures = figures;
        this.figureCases = figureCases;
        this.identityService = identityService;
        this.organization = organization;
    }

    @GetMapping("/api/dashboard")
    ResponseEntity<?> dashboard(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (!readsWardFigures()) {
            return refused();
        }
        DashboardPeriod period = DashboardPeriod.parse(from, to);
        return ResponseEntity.ok(figures.between(period.from(), period.to()));
    }

    /**
     * {@code procedure}: a procedure's process key; {@code unit}: a unit's group id; {@code status}: the figure
     * ({@code received} by default); {@code page} from 1; {@code size} 1 to 100 (20).
     */
    @GetMapping("/api/dashboard/cases")
    ResponseEntity<?> cases(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String procedure, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        if (!readsWardFigures()) {
            return refused();
        }
        DashboardPeriod period = DashboardPeriod.parse(from, to);
        String procedureKey = blankAsNull(procedure);
        if (procedureKey != null
                && CaseProcedure.ALL.stream().noneMatch(known -> known.processKey().equals(procedureKey))) {
            return message(HttpStatus.BAD_REQUEST, "Không có thủ tục " + procedureKey + " (tham số procedure: "
                    + CaseProcedure.ALL.stream().map(CaseProcedure::processKey).collect(Collectors.joining(", ")) + ")");
        }
        Optional<FigureCases.Figure> figure = FigureCases.Figure.of(status == null || status.isBlank() ? "received"
                : status.strip());
        if (figure.isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "Tham số status phải là một trong: " + FigureCases.Figure.codes());
        }
        int pageNumber = OpenTasksController.number(page, 1);
        int pageSize = OpenTasksController.number(size, FigureCases.DEFAULT_SIZE);
        if (pageNumber < 1 || pageSize < 1 || pageSize > FigureCases.MAX_SIZE) {
            return message(HttpStatus.BAD_REQUEST, "Tham số page phải từ 1, size từ 1 đến " + FigureCases.MAX_SIZE);
        }
        return ResponseEntity.ok(figureCases.cases(period.from(), period.to(), procedureKey, blankAsNull(unit),
                figure.get(), pageNumber, pageSize));
    }

    private boolean readsWardFigures() {
        return CurrentStaff.of(identityService).map(caller -> organization.readsWardFigures(caller.groupIds()))
                .orElse(false);
    }

    private ResponseEntity<Map<String, String>> refused() {
        return message(HttpStatus.FORBIDDEN, "Chỉ " + organization.supervisingOffice().name() + ", "
                + organization.supervisors().name() + " và quản trị viên xem được số liệu của phường");
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> invalidPeriod(DashboardPeriod.InvalidPeriodException e) {
        return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
