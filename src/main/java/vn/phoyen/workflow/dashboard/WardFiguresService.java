package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.phoyen.workflow.dashboard.CaseCounting.Tally;
import vn.phoyen.workflow.dashboard.CaseRecords.CaseCount;
import vn.phoyen.workflow.feedback.Satisfaction;
import vn.phoyen.workflow.feedback.Satisfaction.UnitSatisfaction;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.organization.UnitRole;
import vn.phoyen.workflow.plan.PlanTask;
import vn.phoyen.workflow.plan.PlanYear;

/** The ward's figures: the cases counted by the database, the plan's history, the ratings and the plan data. */
@Service
class WardFiguresService implements WardFigures {

    /** The procedures whose cases a unit leads; a citizen reception is the receiving desk's, not a unit's case. */
    static final Set<String> UNIT_PROCEDURES = Set.of("complaint", "denunciation", "feedback");

    private final CaseRecords cases;
    private final WardHistory history;
    private final Satisfaction satisfaction;
    private final PlanData plans;
    private final Organization organization;

    WardFiguresService(CaseRecords cases, WardHistory history, Satisfaction satisfaction, PlanData plans,
            Organization organization) {
        this.cases = cases;
        this.history = history;
        this.satisfaction = satisfaction;
        this.plans = plans;
        this.organization = organization;
    }

    @Override
    public Figures between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("kỳ từ " + from + " đến " + to + " kết thúc trước khi bắt đầu");
        }
        LocalDate standing = CaseCounting.standingDay(to, history.today());
        List<CaseCount> counts = cases.count(from, to, standing);
        List<PlanTask> tasks = new ArrayList<>();
        List<PlanTaskFigures> taskFigures = new ArrayList<>();
        PlanCounting.Naming naming = new PlanCounting.Naming(plans::reportDue, plans::periodLabel, this::unitName);
        List<PlanYear> years = plansCovering(from, to);
        Map<String, List<String>> processKeys = new LinkedHashMap<>();
        years.forEach(plan -> plan.tasks().forEach(task -> processKeys.put(plan.businessKeyOf(task),
                task.processKeys())));
        Map<String, PlanTaskFacts> facts = history.planTasks(processKeys);
        for (PlanYear plan : years) {
            for (PlanTask task : plan.tasks()) {
                tasks.add(task);
                taskFigures.add(PlanCounting.task(task, facts.get(plan.businessKeyOf(task)), standing, naming));
            }
        }
        return new Figures(from, to, standing, perUnit(counts, from, to), CaseCounting.perProcedure(counts),
                taskFigures, PlanCounting.perDimension(tasks, taskFigures),
                DialogueCounting.between(history.dialogues(from, to), from, to, history.today()));
    }

    private List<UnitFigures> perUnit(List<CaseCount> counts, LocalDate from, LocalDate to) {
        Map<String, List<CaseCount>> byUnit = counts.stream()
                .filter(count -> UNIT_PROCEDURES.contains(count.processKey()) && count.unit() != null)
                .collect(Collectors.groupingBy(CaseCount::unit));
        Map<String, UnitSatisfaction> ratings = satisfaction.perUnit(from, to).stream()
                .collect(Collectors.toMap(UnitSatisfaction::unit, Function.identity(), (a, b) -> a));
        // every unit that may lead cases, so a unit with nothing to show shows zeros; then any other unit named
        Set<String> units = new LinkedHashSet<>();
        organization.units().stream().filter(unit -> unit.role() != UnitRole.SUPERVISORS)
                .forEach(unit -> units.add(unit.id()));
        units.addAll(byUnit.keySet());
        units.addAll(ratings.keySet());
        List<UnitFigures> figures = new ArrayList<>();
        for (String unit : units) {
            Tally tally = Tally.of(byUnit.getOrDefault(unit, List.of()));
            UnitSatisfaction rated = ratings.getOrDefault(unit, new UnitSatisfaction(unit, 0, 0));
            figures.add(new UnitFigures(unit, unitName(unit), tally.received(), tally.resolved(), tally.onTime(),
                    tally.late(), tally.open(), tally.overdue(), CaseCounting.rate(tally.onTime(), tally.resolved()),
                    rated.ratings(), rated.satisfied(), rated.index()));
        }
        return figures;
    }

    private List<PlanYear> plansCovering(LocalDate from, LocalDate to) {
        List<PlanYear> years = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            plans.year(year).ifPresent(years::add);
        }
        return years;
    }

    private String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }
}
