package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import vn.phoyen.workflow.dashboard.WardFigures.PapiDimensionFigures;
import vn.phoyen.workflow.dashboard.WardFigures.PlanTaskFigures;
import vn.phoyen.workflow.plan.PapiDimension;
import vn.phoyen.workflow.plan.PlanTask;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * How plan tasks stand at the end of a day: not started until their process starts, done once it completes,
 * overdue while a lead unit's report is not submitted after its due day or the task's deadline has passed, in
 * progress otherwise; progress is the share of (lead unit, period) reports accepted.
 */
final class PlanCounting {

    static final String CROSS_CUTTING = "chung";
    static final String CROSS_CUTTING_NAME = "Chung – mọi chỉ số nội dung";

    static final String NOT_STARTED = "not-started";
    static final String IN_PROGRESS = "in-progress";
    static final String DONE = "done";
    static final String OVERDUE = "overdue";

    /** What the counting needs to name periods and units and to know when a period's report is due. */
    record Naming(Function<String, LocalDate> reportDue, Function<String, String> periodLabel,
            Function<String, String> unitName) {
    }

    private PlanCounting() {
    }

    static PlanTaskFigures task(PlanTask task, PlanTaskFacts facts, LocalDate to, Naming naming) {
        boolean started = facts.startedOn() != null && !facts.startedOn().isAfter(to);
        boolean done = started && facts.doneOn() != null && !facts.doneOn().isAfter(to);
        List<PlanTaskFacts.Report> accepted = started ? facts.reports().stream()
                .filter(report -> report.acceptedOn() != null && !report.acceptedOn().isAfter(to))
                .sorted(Comparator.comparing(PlanTaskFacts.Report::period)
                        .thenComparing(report -> facts.leadUnits().indexOf(report.leadUnit())))
                .toList() : List.of();
        List<String> overdueItems = started && !done ? overdueItems(task, facts, to, naming) : List.of();
        String status = !started ? NOT_STARTED : done ? DONE : overdueItems.isEmpty() ? IN_PROGRESS : OVERDUE;
        int expected = facts.leadUnits().size() * facts.reportingPeriods().size();
        int progress = done && expected == 0 ? 100 : expected == 0 ? 0
                : (int) Math.round(accepted.size() * 100.0 / expected);
        List<String> doneWork = accepted.stream().filter(report -> report.doneWork() != null
                        && !report.doneWork().isBlank())
                .map(report -> naming.periodLabel().apply(report.period()) + " – "
                        + naming.unitName().apply(report.leadUnit()) + ": " + report.doneWork().strip())
                .toList();
        return new PlanTaskFigures(task.label(), task.number(), task.title(), dimensionLabel(task), task.leadUnits(),
                status, progress, task.checklist(), doneWork, overdueItems, started ? facts.processInstanceId() : null);
    }

    /** Reports not submitted by the end of {@code to} although due before it; the task's deadline when passed. */
    private static List<String> overdueItems(PlanTask task, PlanTaskFacts facts, LocalDate to, Naming naming) {
        List<String> items = new ArrayList<>();
        for (String period : facts.reportingPeriods()) {
            LocalDate due = naming.reportDue().apply(period);
            if (!due.isBefore(to)) {
                continue;
            }
            for (String unit : facts.leadUnits()) {
                boolean submitted = facts.reports().stream().anyMatch(report -> report.leadUnit().equals(unit)
                        && report.period().equals(period) && report.submittedOn() != null
                        && !report.submittedOn().isAfter(to));
                if (!submitted) {
                    items.add("Báo cáo " + naming.periodLabel().apply(period) + " của "
                            + naming.unitName().apply(unit) + " chưa nộp (hạn " + WorkingCalendar.DAY.format(due) + ")");
                }
            }
        }
        task.deadline().filter(deadline -> deadline.isBefore(to))
                .ifPresent(deadline -> items.add("Chưa hoàn thành nhiệm vụ (hạn " + WorkingCalendar.DAY.format(deadline) + ")"));
        return items;
    }

    static String dimensionLabel(PlanTask task) {
        return task.papiDimension().map(PapiDimension::label).orElse(CROSS_CUTTING_NAME);
    }

    /** Every PAPI dimension in order, then the cross-cutting tasks when there are any. */
    static List<PapiDimensionFigures> perDimension(List<PlanTask> tasks, List<PlanTaskFigures> figures) {
        Map<Integer, List<PlanTaskFigures>> byDimension = new TreeMap<>();
        for (PapiDimension dimension : PapiDimension.values()) {
            byDimension.put(dimension.number(), new ArrayList<>());
        }
        List<PlanTaskFigures> crossCutting = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Optional<PapiDimension> dimension = tasks.get(i).papiDimension();
            (dimension.isPresent() ? byDimension.get(dimension.get().number()) : crossCutting).add(figures.get(i));
        }
        List<PapiDimensionFigures> result = new ArrayList<>();
        for (PapiDimension dimension : PapiDimension.values()) {
            result.add(dimension(String.valueOf(dimension.number()), dimension.vietnameseName(),
                    byDimension.get(dimension.number())));
        }
        if (!crossCutting.isEmpty()) {
            result.add(dimension(CROSS_CUTTING, CROSS_CUTTING_NAME, crossCutting));
        }
        return result;
    }

    private static PapiDimensionFigures dimension(String code, String name, List<PlanTaskFigures> tasks) {
        return new PapiDimensionFigures(code, name, tasks.stream().map(PlanTaskFigures::label).toList(),
                count(tasks, DONE), count(tasks, IN_PROGRESS), count(tasks, OVERDUE));
    }

    private static int count(List<PlanTaskFigures> tasks, String status) {
        return (int) tasks.stream().filter(task -> task.status().equals(status)).count();
    }
}
