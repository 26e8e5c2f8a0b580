package vn.phoyen.workflow.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionOperations;

import vn.phoyen.workflow.organization.ResidentialGroup;
import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;

/**
 * Launches a plan year: one instance of the {@value PlanTask#PROCESS_KEY} model per task of the year's plan
 * (business key {@code KH54-2025-T04} for task 4), started with the task's data, which also chooses the task's own
 * steps. A task whose instance was started before, running or finished, is left alone, so launching again starts
 * nothing twice, even for a year launched when every task had a model of its own.
 */
class PlanLauncher {

    private static final String CROSS_CUTTING_LABEL = "Chung – mọi chỉ số nội dung";

    private final PlanCatalog catalog;
    private final PlanSchedule schedule;
    private final Organization organization;
    private final List<ResidentialGroup> residentialGroups;
    private final PlanTaskStarter starter;
    private final TransactionOperations transactions;

    PlanLauncher(PlanCatalog catalog, PlanSchedule schedule, Organization organization,
                 List<ResidentialGroup> residentialGroups, PlanTaskStarter starter, TransactionOperations transactions) {
        this.catalog = catalog;
        this.schedule = schedule;
        this.organization = organization;
        this.residentialGroups = residentialGroups;
        this.starter = starter;
        this.transactions = transactions;
    }

    /**
     * One launch at a time: two at the same moment would both find a task not yet started and start it twice.
     *
     * @throws LaunchNotAllowedException unless the caller is an administrator or in the supervising office
     * @throws UnknownPlanYearException  when the year has no plan data
     */
    synchronized LaunchResult launch(int year, String userId, Collection<String> groupIds) {
        if (!groupIds.contains(Organization.ADMINISTRATORS_GROUP)
                && !groupIds.contains(organization.supervisingOffice().id())) {
            throw new LaunchNotAllowedException(organization.supervisingOffice().name());
        }
        PlanYear plan = catalog.year(year);
        List<ReportingPeriod> periods = schedule.periods(year, plan.effectiveFrom());
        // all or nothing: a year is either launched or not, and a launch that failed half-way is simply repeated
        return transactions.execute(status -> {
            int started = 0;
            for (PlanTask task : plan.tasks()) {
                String businessKey = plan.businessKeyOf(task);
                if (!starter.hasInstance(task.processKeys(), businessKey)) {
                    starter.start(PlanTask.PROCESS_KEY, businessKey, startVariables(plan, task, periods, userId));
                    started++;
                }
            }
            return new LaunchResult(year, started, plan.tasks().size() - started);
        });
    }

    private Map<String, Object> startVariables(PlanYear plan, PlanTask task, List<ReportingPeriod> periods,
                                               String launchedBy) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("planCode", plan.code());
        variables.put("planYear", plan.year());
        variables.put("taskNumber", task.number());
        variables.put("taskLabel", task.label());
        variables.put("taskTitle", task.title());
        // ArrayLists: the engine stores a list as JSON with its class name, and List.of()'s class cannot be rebuilt
        variables.put("leadUnits", new ArrayList<>(task.leadUnits()));
        variables.put("supportUnits", new ArrayList<>(task.supportUnits()));
        variables.put("completion", task.completion().code());
        variables.put("deadline", task.deadline().map(ProcessDeadlines::endOf).orElse(null));
        // a task due by a date reports on the periods up to that date (task 2, due by the end of Q3: only Q3)
        variables.put("reportingPeriods", new ArrayList<>(periods.stream()
                .filter(period -> task.deadline().map(deadline -> !period.lastDay().isAfter(deadline)).orElse(true))
                .map(ReportingPeriod::code).toList()));
        variables.put("checklist", new ArrayList<>(task.checklist()));
        if (task.recordsPublication()) {
            variables.put("publicationItems", new ArrayList<>(
                    task.publicationItems(residentialGroups.stream().map(ResidentialGroup::name).toList())));
        }
        variables.put("papiDimension", task.papiDimension().map(PapiDimension::label).orElse(CROSS_CUTTING_LABEL));
        if (task.perResidentialGroup()) {
            variables.put("residentialGroups",
                    new ArrayList<>(residentialGroups.stream().map(ResidentialGroup::name).toList()));
        }
        if (task.electsGroupLeaders()) {
            // a group elects its leader when the term ends, not every year; a vacancy is reported on its own
            variables.put("electingGroups", new ArrayList<>(residentialGroups.stream()
                    .filter(group -> group.termEndsIn(plan.year())).map(ResidentialGroup::name).toList()));
        }
        // the model's gateways read these to choose the task's own steps, so every task has them
        variables.put("dialoguesPerYear", task.dialoguesPerYear());
        variables.put("recordsPublication", task.recordsPublication());
        variables.put("electsGroupLeaders", task.electsGroupLeaders());
        // the processes start without the caller's authentication (see CamundaPlanTaskStarter): keep who launched
        variables.put("launchedBy", launchedBy);
        return variables;
    }
}
