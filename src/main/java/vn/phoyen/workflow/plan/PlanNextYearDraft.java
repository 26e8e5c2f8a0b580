package vn.phoyen.workflow.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;

/**
 * Service task {@code ${planNextYearDraft}} of {@code plan-next-year}: drafts next year's plan from {@code fromYear}'s
 * and gives the office's form the year, the tasks noted for review and the links to the files.
 */
@Component("planNextYearDraft")
class PlanNextYearDraft implements JavaDelegate {

    private final PlanEditions editions;

    PlanNextYearDraft(PlanEditions editions) {
        this.editions = editions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int fromYear = fromYear(execution.getVariable("fromYear"));
        PlanEditions.Draft draft = editions.draft(fromYear, execution.getProcessInstanceId(), WardClock.instant());
        String files = "/api/plan-editions/" + draft.year() + "/files/";
        execution.setVariable("planYear", draft.year());
        execution.setVariable("flaggedTasks", draft.flagged().isEmpty()
                ? "Không có nhiệm vụ nào có điểm bình quân dưới ngưỡng." : String.join("\n", draft.flagged()));
        execution.setVariable("planFileLink", files + PlanFiles.PLAN);
        execution.setVariable("tasksFileLink", files + PlanFiles.TASKS);
        execution.setVariable("checklistFileLink", files + PlanFiles.CHECKLIST);
        execution.setVariable("uploadPageLink", "/plan-editions/?year=" + draft.year());
        execution.setProcessBusinessKey("KH-" + draft.year());
    }

    private static int fromYear(Object value) {
        return PlanYear.fromForm(value).orElseThrow(() -> new Refusal(
                "Thiếu hoặc sai năm của kế hoạch làm căn cứ ('fromYear': bốn chữ số, ví dụ 2025)"));
    }
}
