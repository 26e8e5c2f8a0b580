package vn.phoyen.workflow.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 * {@code GET /api/dashboard/dossiers?from=&to=}: the Decision 766 indicators of the period's dossiers with the counts
 * behind each rate — in all, for land dossiers apart, per unit, and per unit, field and quarter;
 * {@code GET /api/dashboard/dossiers/list?from=&to=&figure=&unit=&field=&quarter=&page=&size=}: the dossiers behind one
 * figure. For the same people as {@code /api/dashboard}: the supervising office, the supervisors and administrators.
 */
@RestController
class DossierDashboardController {

    private final DossierFigures figures;
    private final IdentityService identityService;
    private final Organization organization;

    DossierDashboardController(DossierFigures figures, IdentityService identityService, Organization organization) {
        this.figures = figures;
        this.identityService = identityService;
        this.organization = organization;
    }

    @GetMapping("/api/dashboard/dossiers")
    ResponseEntity<?> indicators(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (!readsWardFigures()) {
            return refused();
        }
        DashboardPeriod period = DashboardPeriod.parse(from, to);
        Map<DossierFigures.Key, Indicators> groups = figures.between(period.from(), period.to());
        Indicators total = Indicators.NONE;
        Indicators land = Indicators.NONE;
        Map<String, Indicators> units = new TreeMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<DossierFigures.Key, Indicators> group : groups.entrySet()) {
            DossierFigures.Key key = group.getKey();
            total = total.plus(group.getValue());
            if (key.field() == ProcedureField.LAND) {
                land = land.plus(group.getValue());
            }
            units.merge(key.unit(), group.getValue(), Indicators::plus);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", key.unit());
            row.put("unitName", DossierJson.unitName(key.unit(), organization));
            row.put("field", key.field().code());
            row.put("fieldName", key.field().vietnameseName());
            row.put("quarter", key.quarter());
            row.putAll(DossierJson.indicators(group.getValue()));
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", period.from().toString());
        json.put("to", period.to().toString());
        json.put("total", DossierJson.indicators(total));
        json.put("land", DossierJson.indicators(land));
        json.put("units", units.entrySet().stream().map(unit -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", unit.getKey());
            row.put("unitName", DossierJson.unitName(unit.getKey(), organization));
            row.putAll(DossierJson.indicators(unit.getValue()));
            return row;
        }).toList());
        json.put("rows", rows);
        return ResponseEntity.ok(json);
    }

    /**
     * {@code figure}: received (default), online, digitised, settled, on-time, late, dissatisfied; {@code unit} a group
     * id, {@code field} a field code, {@code quarter} e.g. 2026-Q1; {@code page} from 1, {@code size} 1 to 100 (20).
     */
    @GetMapping("/api/dashboard/dossiers/list")
    ResponseEntity<?> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String figure, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String field, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        if (!readsWardFigures()) {
            return refused();
        }
        DashboardPeriod period = DashboardPeriod.parse(from, to);
        Optional<DossierFigures.Figure> asked = DossierFigures.Figure.of(blank(figure) ? "received" : figure.strip());
        if (asked.isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "Tham số figure phải là một trong: "
                    + DossierFigures.Figure.codes());
        }
        Optional<ProcedureField> procedureField = blank(field) ? Optional.empty()
                : ProcedureField.ofCode(field.strip());
        if (!blank(field) && procedureField.isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "Tham số field (lĩnh vực) phải là một trong: "
                    + ProcedureField.codes());
        }
        Optional<DossierFigures.Quarter> inQuarter = DossierFigures.Quarter.parse(blank(quarter) ? null
                : quarter.strip());
        if (!blank(quarter) && inQuarter.isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "Tham số quarter (quý) phải có dạng 2026-Q1");
        }
        int pageNumber = number(page, 1);
        int pageSize = number(size, DossierFigures.DEFAULT_SIZE);
        if (pageNumber < 1 || pageSize < 1 || pageSize > DossierFigures.MAX_SIZE) {
            return message(HttpStatus.BAD_REQUEST, "Tham số page phải từ 1, size từ 1 đến " + DossierFigures.MAX_SIZE);
        }
        DossierFigures.Page found = figures.dossiers(period.from(), period.to(), asked.get(),
                blank(unit) ? null : unit.strip(), procedureField.orElse(null), inQuarter.orElse(null), pageNumber,
                pageSize);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("figure", asked.get().code);
        json.put("page", found.page());
        json.put("size", found.size());
        json.put("total", found.total());
        json.put("dossiers", found.dossiers().stream().map(line -> DossierJson.line(line, organization)).toList());
        return ResponseEntity.ok(json);
    }

    @ExceptionHandler
    ResponseEntity<?> invalidPeriod(DashboardPeriod.InvalidPeriodException e) {
        return message(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private boolean readsWardFigures() {
        return CurrentStaff.of(identityService).map(caller -> organization.readsWardFigures(caller.groupIds()))
                .orElse(false);
    }

    private ResponseEntity<?> refused() {
        return message(HttpStatus.FORBIDDEN, "Chỉ " + organization.supervisingOffice().name() + ", "
                + organization.supervisors().name() + " và quản trị viên xem được số liệu của phường");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A number parameter; a missing one is the default, one that is no number is -1 (refused by the caller). */
    private static int number(String value, int absent) {
        if (blank(value)) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ResponseEntity<?> message(HttpStatus status, String text) {
        return ResponseEntity.status(status).body(Map.of("message", text));
    }
}
