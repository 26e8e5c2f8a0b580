package vn.phoyen.workflow.denunciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/** Denunciations on the application's engine; every instance a test started is removed after it. */
@EngineTest
abstract class DenunciationEngineTest extends ProcessTest {

    static final String NAME = "Trần Thị Kín Đáo";
    static final String CONTACT = "0987 654 321, tổ dân phố Ba Hàng";

    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> startVariables(String receivedDate, String accusedUnit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivedDate", receivedDate);
        variables.put("denouncerName", NAME);
        variables.put("denouncerContact", CONTACT);
        variables.put("accusedName", "Lê Văn Bị");
        variables.put("accusedUnit", accusedUnit);
        variables.put("content", "Nhận tiền để cấp phép xây dựng sai quy định");
        return variables;
    }

    ProcessInstance start(LocalDateTime now, String receivedDate, String accusedUnit) {
        EngineClock.setTo(now);
        return runtimeService.startProcessInstanceByKey("denunciation", startVariables(receivedDate, accusedUnit));
    }

    Task submit(String processInstanceId, String key, Map<String, Object> answers) {
        Task task = task(processInstanceId, key);
        submitForm(engine, task, answers);
        return task;
    }

    Job timer(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
    }

    /**
     * Assignment of vp.officer, the officer's proposal, the Chairman's acceptance decision dated {@code decisionDate}
     * (not after the engine's clock) and its notices (Art. 29).
     */
    void assignAndAccept(String processInstanceId, String decisionDate) {
        submit(processInstanceId, "assignHandler", Map.of("handler", "vp.officer"));
        submit(processInstanceId, "processInitially", Map.of("initialDecision", "accept"));
        submit(processInstanceId, "decideAcceptance", Map.of("acceptanceDecision", "accept",
                "acceptanceDecisionNumber", "01/QĐ-UBND", "acceptanceDecisionDate", decisionDate));
        submit(processInstanceId, "notifyAcceptance", notices(decisionDate));
    }

    /** The two notices of a decision: to the denouncer and to the accused. */
    static Map<String, Object> notices(String date) {
        return Map.of("denouncerNoticeDate", date, "denouncerNoticeReference", "10/TB-UBND",
                "accusedNoticeDate", date, "accusedNoticeReference", "11/TB-UBND");
    }

    static Date endOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 23, 59, 59));
    }

    /** No trace of the identity in the engine's own tables, live or history. */
    void assertNoIdentityInTheEngine() {
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table
                    + " WHERE NAME_ IN ('denouncerName', 'denouncerContact') OR TEXT_ = ? OR TEXT_ = ?", Integer.class,
                    NAME, CONTACT)).as(table).isZero();
        }
    }
}
