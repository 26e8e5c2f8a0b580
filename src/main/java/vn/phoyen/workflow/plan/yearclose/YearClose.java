package vn.phoyen.workflow.plan.yearclose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Supervisors;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.plan.PlanCatalog;
import vn.phoyen.workflow.plan.PlanTask;
import vn.phoyen.workflow.plan.PlanYear;
import vn.phoyen.workflow.plan.UnknownPlanYearException;
import vn.phoyen.workflow.plan.YearScores;
import vn.phoyen.workflow.plan.YearScores.UnitScore;
import vn.phoyen.workflow.process.ApprovalDecision;
import vn.phoyen.workflow.process.FormLists;
import vn.phoyen.workflow.process.Refusal;

/**
 * Closing a plan year (KH54 line 77): each performing unit's results from the year-end evaluations, a suggestion by
 * {@link CommendationRule}, the office's proposal and the Chairman's decision per unit, recorded once per year. The
 * units are the lead units the plan orders: a body it only invites (units.csv {@code invited}) has no scored share
 * and is neither commended nor criticised by the committee. The figures recorded are read again from the
 * evaluations, never taken from a submitted form.
 */
@Component
class YearClose {

    static final String PROCESS_KEY = "plan-year-close";
    static final String PLAN_YEAR = "planYear";
    static final String ROWS = "unitResults";
    static final int MAX_GROUNDS = 2000;

    /** A year that may be closed, and the business key of its close ("KH54-2025-TK"). */
    record Opening(int year, String businessKey) {
    }

    private final PlanCatalog catalog;
    private final YearScores scores;
    private final Organization organization;
    private final Supervisors supervisors;
    private final CommendationStore store;
    private final CommendationRule rule;

    YearClose(PlanCatalog catalog, YearScores scores, Organization organization, Supervisors supervisors,
              CommendationStore store, CommendationProperties properties) {
        this.catalog = catalog;
        this.scores = scores;
        this.organization = organization;
        this.supervisors = supervisors;
        this.store = store;
        this.rule = properties.rule();
    }

    /**
     * A year with plan data, not closed yet and not being closed.
     *
     * @param running whether a close runs under a business key
     */
    Opening open(Object planYear, Predicate<String> running) {
        int year = yearOf(planYear);
        PlanYear plan;
        try {
            plan = catalog.year(year);
        } catch (UnknownPlanYearException unknown) {
            throw new Refusal(unknown.getMessage() + " ('" + PLAN_YEAR + "'): không có gì để tổng kết");
        }
        Optional<LocalDate> closedOn = store.decidedOn(year);
        if (closedOn.isPresent()) {
            throw new Refusal("Năm " + year + " đã tổng kết ('" + PLAN_YEAR + "'): Chủ tịch đã quyết định biểu dương, "
                    + "phê bình ngày " + WorkingCalendar.DAY.format(closedOn.get()));
        }
        String businessKey = "%s-%d-TK".formatted(plan.code(), year);
        if (running.test(businessKey)) {
            throw new Refusal("Năm " + year + " đang được tổng kết ('" + PLAN_YEAR + "'): hồ sơ " + businessKey
                    + " chưa kết thúc");
        }
        return new Opening(year, businessKey);
    }

    /** Each performing unit's figures, in the organisation's order. */
    List<UnitResult> unitResults(int year) {
        PlanYear plan = catalog.year(year);
        List<UnitScore> scored = scores.of(year);
        List<UnitResult> results = new ArrayList<>();
        for (Unit unit : organization.units()) {
            long led = plan.tasks().stream().map(PlanTask::leadUnits).filter(leads -> leads.contains(unit.id())).count();
            if (led == 0 || unit.invited()) {
                continue;
            }
            List<UnitScore> own = scored.stream().filter(score -> score.unit().equals(unit.id())).toList();
            OptionalDouble mean = own.stream().mapToInt(UnitScore::score).average();
            OptionalInt lowest = own.stream().mapToInt(UnitScore::score).min();
            int notDone = (int) own.stream().filter(score -> "not-done".equals(score.selfAssessment())).count();
            results.add(new UnitResult(unit.id(), unit.name(), (int) led, own.size(), mean, lowest, notDone));
        }
        return results;
    }

    /** The rows the office's form shows: figures read-only, the rule's suggestion as the proposal to start from. */
    ArrayList<Map<String, Object>> results(int year) {
        ArrayList<Map<String, Object>> rows = new ArrayList<>();
        for (UnitResult result : unitResults(year)) {
            Proposal suggested = rule.suggest(result);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", result.unit());
            row.put("unitName", result.unitName());
            row.put("tasksLed", result.tasksLed());
            row.put("tasksScored", result.tasksScored());
            row.put("meanScore", result.meanScore().isPresent() ? oneDecimal(result.meanScore().getAsDouble()) : null);
            row.put("lowestScore", result.lowestScore().isPresent() ? result.lowestScore().getAsInt() : null);
            row.put("notDone", result.notDone());
            row.put("suggestion", suggested.label());
            row.put("proposal", suggested.code());
            row.put("grounds", "");
            rows.add(row);
        }
        return rows;
    }

    /**
     * The office's proposals, each with its grounds unless "none"; every unit of the year once. Each row's
     * {@code decision} starts as the proposal, for the Chairman to keep or change.
     */
    ArrayList<Map<String, Object>> proposed(int year, Object submitted) {
        ArrayList<Map<String, Object>> rows = checkedRows(year, submitted, "proposal", "đề xuất");
        rows.forEach(row -> row.put("decision", row.get("proposal")));
        return rows;
    }

    /**
     * The Chairman's decision: only a supervisor takes it (an administrator may complete any task, but a
     * commendation or a criticism is the committee's); a return needs its reason, an approval a decision with grounds
     * for every unit.
     */
    ArrayList<Map<String, Object>> decided(int year, Object approval, Object returnReason, Object submitted,
                                           String deciderId) {
        if (supervisors.member(deciderId).isEmpty()) {
            throw new Refusal("Chỉ Chủ tịch hoặc Phó Chủ tịch UBND phường (nhóm '" + supervisors.groupId()
                    + "') quyết định biểu dương, phê bình các đơn vị: "
                    + (deciderId == null ? "không rõ người quyết định" : "'" + deciderId + "' không thuộc nhóm này"));
        }
        if (ApprovalDecision.of(approval, returnReason, "đề xuất") == ApprovalDecision.RETURN) {
            return FormLists.rows(submitted, "Danh sách đơn vị").stream().map(LinkedHashMap::new)
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        return checkedRows(year, submitted, "decision", "quyết định");
    }

    /** The decision per unit, once: the year is then closed. */
    void record(int year, Object decidedRows, String decidedBy, LocalDate decidedOn, String processInstanceId) {
        Map<String, UnitResult> figures = unitResults(year).stream()
                .collect(Collectors.toMap(UnitResult::unit, result -> result));
        List<Commendation> commendations = new ArrayList<>();
        for (Map<String, Object> row : FormLists.rows(decidedRows, "Danh sách đơn vị")) {
            UnitResult result = figures.get(FormLists.text(row, "unit"));
            OptionalDouble mean = result.meanScore();
            commendations.add(new Commendation(year, result.unit(),
                    Proposal.ofCode(row.get("decision")).orElseThrow(), FormLists.text(row, "grounds"),
                    mean.isPresent() ? oneDecimal(mean.getAsDouble()) : null, decidedBy, decidedOn));
        }
        store.save(commendations, processInstanceId);
    }

    /** The year's decisions, empty while the year is not closed. */
    List<Commendation> commendations(int year) {
        return store.of(year);
    }

    private ArrayList<Map<String, Object>> checkedRows(int year, Object submitted, String field, String what) {
        Map<String, String> names = unitResults(year).stream()
                .collect(Collectors.toMap(UnitResult::unit, UnitResult::unitName, (a, b) -> a, LinkedHashMap::new));
        ArrayList<Map<String, Object>> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> row : FormLists.rows(submitted, "Danh sách đơn vị")) {
            String unit = FormLists.text(row, "unit");
            if (!names.containsKey(unit) || !seen.add(unit)) {
                throw new Refusal("Danh sách đơn vị ('" + ROWS + "'): '" + unit + "' không phải một đơn vị chủ trì "
                        + "của năm " + year + " hoặc có hai lần");
            }
            String name = names.get(unit);
            Proposal chosen = Proposal.ofCode(row.get(field)).orElseThrow(() -> new Refusal("Chưa chọn " + what
                    + " cho " + name + " ('" + field + "': commend, remind hoặc none)"));
            String grounds = FormLists.text(row, "grounds");
            if (chosen != Proposal.NONE && grounds.isEmpty()) {
                throw new Refusal("Cần ghi căn cứ ('grounds') cho " + name + ": " + what + " "
                        + chosen.label().toLowerCase(Locale.ROOT) + " phải có căn cứ");
            }
            if (grounds.length() > MAX_GROUNDS) {
                throw new Refusal("Căn cứ ('grounds') của " + name + " dài quá " + MAX_GROUNDS + " ký tự");
            }
            Map<String, Object> checked = new LinkedHashMap<>(row);
            checked.put("unitName", name);
            checked.put("grounds", grounds);
            rows.add(checked);
        }
        names.keySet().stream().filter(unit -> !seen.contains(unit)).findFirst().ifPresent(unit -> {
            throw new Refusal("Danh sách đơn vị ('" + ROWS + "') thiếu " + names.get(unit));
        });
        return rows;
    }

    private static int yearOf(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new Refusal("Thiếu năm kế hoạch ('" + PLAN_YEAR + "')");
        }
        return PlanYear.fromForm(value).orElseThrow(() -> new Refusal(
                "Năm kế hoạch ('" + PLAN_YEAR + "') phải là một năm, ví dụ 2025"));
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
