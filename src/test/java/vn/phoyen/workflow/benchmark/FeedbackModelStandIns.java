package vn.phoyen.workflow.benchmark;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;

import vn.phoyen.workflow.feedback.FeedbackRouting;
import vn.phoyen.workflow.feedback.TrackingCodes;

/**
 * The beans the feedback model names, standing in for the ward's in the bare application, so that the model runs on a
 * stock engine: each writes the variables and the business key the ward's bean writes, of the same types, and does
 * nothing else (no register, grants, checks, calendar or mail). What the model costs there is what a stock Camunda
 * charges for the model itself (BENCHMARKS.md, "The feedback model on the bare engine"). A source of the bare
 * application only: not a {@code @Configuration}, so the ward's application, which scans this package, leaves it.
 */
class FeedbackModelStandIns {

    private static final TrackingCodes TRACKING_CODES = new TrackingCodes(new SecureRandom());
    private static final AtomicLong CASE_NUMBERS = new AtomicLong();

    @Bean
    ExecutionListener caseStart() {
        return execution -> {
            execution.setVariables(Map.of("answerDueDate", daysFromNow(14), "trackingCode", TRACKING_CODES.next()));
            execution.setProcessBusinessKey("PA-2026-" + CASE_NUMBERS.incrementAndGet());
        };
    }

    @Bean
    ExecutionListener feedbackRoutingResult() {
        return execution -> {
            Map<String, Object> routed = ((DmnDecisionResult) execution.getVariable("decisionResult"))
                    .getSingleResult().getEntryMap();
            execution.setVariable("leadUnit", routed.get("leadUnit"));
            execution.setVariable("supportUnits", routed.get("supportUnits"));
            execution.setVariable("approver", routed.get("approver"));
            execution.setVariable("taskLabel", execution.getProcessBusinessKey());
        };
    }

    /** The lead unit's staff as the assignment form's options: the demo unit's two people. */
    @Bean
    TaskListener feedbackAssignmentOptions() {
        return task -> task.setVariableLocal("unitStaff", List.of(
                Map.of("label", "Lê Văn Cường", "value", "kthtdt.head"),
                Map.of("label", "Trịnh Thị Thảo", "value", "kthtdt.officer")));
    }

    @Bean
    JavaDelegate feedbackPublication() {
        return execution -> {
            execution.setVariable("ratingClosesAt", daysFromNow(15));
            execution.removeVariable("phoneCalls");
        };
    }

    /**
     * The steps whose whole work is the ward's (the register, the answer checks, the rating's record, the closing):
     * one bean that does nothing, under each of their names.
     */
    @Bean
    static BeanDefinitionRegistryPostProcessor stepsWithoutWardWork() {
        return registry -> List.of("feedbackRegistration", "feedbackAnswerCheck", "feedbackAssignment",
                "feedbackRatingRecord", "feedbackClosing").forEach(name ->
                registry.registerBeanDefinition(name, new RootBeanDefinition(NoWork.class)));
    }

    @Bean
    Groups organization() {
        return new Groups();
    }

    @Bean
    Deadlines wardCalendar() {
        return new Deadlines();
    }

    @Bean
    FeedbackRouting feedbackRouting() {
        return new FeedbackRouting();
    }

    /** A step or listener with nothing left to do once the ward's work is taken out. */
    public static final class NoWork implements JavaDelegate, ExecutionListener {
        @Override
        public void execute(DelegateExecution execution) {
            // the ward's delegate writes only to the ward's tables
        }

        @Override
        public void notify(DelegateExecution execution) {
            // the ward's listener checks, or writes only to the ward's tables
        }
    }

    /**
     * {@code organization.group(role)}: the role's code stands for its unit's group; only steps off the benchmark's path
     * (triage, duplicates, phone calls, the low-rating review) name a role.
     */
    public static final class Groups {
        public String group(String role) {
            return role;
        }
    }

    /** {@code wardCalendar.workingDaysFromNow(n)}: a due date, counted in plain days here. */
    public static final class Deadlines {
        public Date workingDaysFromNow(int days) {
            return daysFromNow(days);
        }
    }

    private static Date daysFromNow(int days) {
        return Date.from(Instant.now().plus(days, ChronoUnit.DAYS));
    }
}
