package vn.phoyen.workflow.survey;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/**
 * Drives a survey campaign as the people do: the office starts it from its start form, the Chairman decides, the
 * timers run when the clock reaches the campaign's days. Campaigns of the tests run in 2035 (a test plan year, so a
 * report can be drafted), a year no other test's report or survey figures reach; each test class answers for its own
 * unit, so the figures of one do not mix with another's when they share a database.
 */
final class SurveySteps {

    static final String OFFICE = "vhxh.officer";
    static final String CHAIRMAN = "lanhdao.head";

    private final ProcessEngine engine;

    SurveySteps(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The plan of a campaign on administrative procedures at two units in October 2035. */
    static Map<String, Object> october(String units) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("serviceArea", "thu-tuc-hanh-chinh");
        plan.put("periodFrom", "2035-10-01");
        plan.put("periodTo", "2035-10-31");
        plan.put("units", units);
        return plan;
    }

    /** Saturday 29/09/2035, 09:00, ward time. */
    static void beforeOctober() {
        EngineClock.setTo(LocalDateTime.of(2035, 9, 29, 9, 0));
    }

    ProcessInstance start(Map<String, Object> plan) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(SurveyCampaigns.PROCESS_KEY).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication(OFFICE, List.of("vhxh"));
        try {
            return engine.getFormService().submitStartForm(definition, plan);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    Task task(ProcessInstance campaign, String key) {
        return ProcessTest.task(engine, campaign.getId(), key);
    }

    void complete(String user, ProcessInstance campaign, String key, Map<String, Object> variables) {
        Task task = task(campaign, key);
        ProcessTest.assertFormDeployed(engine, task);
        ProcessTest.completeAs(engine, user, task, variables);
    }

    void approve(ProcessInstance campaign) {
        complete(CHAIRMAN, campaign, "approveCampaign", Map.of("approvalDecision", "approve"));
    }

    /** Moves the clock to the given time and runs the timers due. */
    void at(ProcessInstance campaign, LocalDateTime time) {
        EngineClock.setTo(time);
        ProcessTest.runDueJobs(engine, campaign.getId());
    }
}
