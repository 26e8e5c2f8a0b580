package vn.phoyen.workflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.TestMailServer;

/**
 * A failing asynchronous step: retried 10 s, 5 and 10 minutes of the engine's clock later, then an incident whose
 * message Cockpit shows in Vietnamese, the supervising office e-mailed; after the fault is fixed, Cockpit's retry
 * ({@code setJobRetries}) runs the step and the case goes on.
 */
class FailedStepIncidentTest extends ProcessTest {

    static final String MESSAGE = "Bước tự động 'Gửi thư thông báo' không chạy được sau 4 lần thử: "
            + "Mail server connection failed; nested exception is Connection refused";

    /** The configured cycle (PT10S,PT5M,PT10M): what a concurrent change needs, then an outage's waits. */
    static final List<Duration> WAITS = List.of(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(10));

    @Autowired
    ManagementService managementService;

    @AfterEach
    void repairTheStep() {
        UnreliableStep.BROKEN.set(false);
    }

    @Test
    void aStepFailingFourTimesBecomesAVietnameseIncidentTheOfficeIsToldOfAndARetryCompletesIt() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 2, 9, 0);
        EngineClock.setTo(now);
        UnreliableStep.BROKEN.set(true);
        UnreliableStep.RUNS.set(0);
        String instance = runtimeService.startProcessInstanceByKey("failing-step-fixture", "SU-CO-1").getId();
        int mailsBefore = TestMailServer.subjectsTo("vhxh.head@phoyen.local").size();

        for (int attempt = 1; attempt <= WAITS.size() + 1; attempt++) {
            Job job = dueJob(instance);
            assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                    .hasMessageContaining("Mail server connection failed");
            if (attempt <= WAITS.size()) {
                assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
                LocalDateTime due = now.plus(WAITS.get(attempt - 1));
                EngineClock.setTo(due.minusSeconds(1));
                assertThat(managementService.createJobQuery().processInstanceId(instance).executable().count())
                        .as("not due again before its wait").isZero();
                now = due;
                EngineClock.setTo(now);
            }
        }

        assertThat(UnreliableStep.RUNS).hasValue(4);
        assertThat(TestMailServer.subjectsTo("kthtdt.officer@phoyen.local"))
                .as("a run that failed e-mailed no one").doesNotContain(UnreliableStep.NOTICE + " SU-CO-1");
        Job stuck = managementService.createJobQuery().processInstanceId(instance).singleResult();
        assertThat(stuck.getRetries()).isZero();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("sendNotice");
        assertThat(incident.getIncidentMessage()).isEqualTo(MESSAGE);
        assertThat(TestMailServer.subjectsTo("vhxh.head@phoyen.local")).hasSize(mailsBefore + 1)
                .last().asString().contains("Quy trình thử nghiệm sự cố SU-CO-1");
        assertThat(TestMailServer.bodiesTo("vhxh.officer@phoyen.local")).anySatisfy(body ->
                assertThat(body).contains("SU-CO-1", MESSAGE, "Thử lại"));

        UnreliableStep.BROKEN.set(false);
        // Cockpit's "Thử lại" with the due date set to now
        managementService.setJobRetries(1).jobId(stuck.getId()).dueDate(EngineClock.at(now)).execute();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        managementService.executeJob(dueJob(instance).getId());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(TestMailServer.subjectsTo("kthtdt.officer@phoyen.local"))
                .as("the run that succeeded e-mailed once").containsOnlyOnce(UnreliableStep.NOTICE + " SU-CO-1");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("ended").finished().count()).isOne();
    }

    @Test
    void theReasonIsCutToFitTheIncidentColumn() {
        String message = FailedSteps.incidentMessage("Công bố", 3, "x".repeat(5000));

        assertThat(message).startsWith("Bước tự động 'Công bố' không chạy được sau 3 lần thử: xxx").hasSizeLessThan(4000);
        assertThat(FailedSteps.incidentMessage("Công bố", 3, null)).endsWith(": không rõ lý do");
    }

    private Job dueJob(String instance) {
        return managementService.createJobQuery().processInstanceId(instance).executable().singleResult();
    }
}
