package vn.phoyen.workflow.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.process.CaseFacts;
import vn.phoyen.workflow.process.CaseStanding;
import vn.phoyen.workflow.process.ProcessMilestones;
import vn.phoyen.workflow.process.RecordedCase;

/**
 * The facts recorded as cases move, and the same facts read back from the history for cases that started before the
 * fact table: a case whose facts are gone gets them again from the backfill, and a second run adds nothing.
 */
@EngineTest
class MilestoneBackfillEngineTest extends ProcessTest {

    @Autowired
    CaseFacts facts;

    @Autowired
    MilestoneBackfill backfill;

    @Autowired
    List<ProcessMilestones> procedures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCaseFromBeforeTheFactsGetsTheFactsItWouldHaveRecorded() {
        // Monday 02/03/2026
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance reception = runtimeService.startProcessInstanceByKey("citizen-reception", new HashMap<>(Map.of(
                "receptionDate", "2026-03-02", "visitorName", "Nguyễn Thị Lan", "visitorAddress", "Tổ dân phố Ba Hàng")));
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", new HashMap<>(Map.of(
                "receivedDate", "2026-03-02", "channel", "desk", "category", "ha-tang", "title", "Đèn đường hỏng",
                "content", "Ngõ 5 tối từ tuần trước", "senderName", "Lê Văn Cường", "senderContact", "0987654321")));
        EngineClock.setTo(LocalDateTime.of(2026, 3, 3, 10, 0));
        submit(reception, "recordVisit", Map.of("visitContent", "Hỏi thủ tục", "visitorConfirmed", true));
        submit(reception, "handleMatter", Map.of("matterSummary", "Hỏi thủ tục", "handling", "answered",
                "answer", "Đã hướng dẫn", "moreMatters", false));

        RecordedCase ended = RecordedCase.of(facts.of(reception.getId()));
        assertThat(ended.caseNumber()).isEqualTo(reception.getBusinessKey()).startsWith("TD-2026-");
        assertThat(ended.standing()).isEqualTo(new CaseStanding(LocalDate.of(2026, 3, 2), "vp", null));
        assertThat(ended.resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        RecordedCase running = RecordedCase.of(facts.of(feedback.getId()));
        assertThat(running.standing().unit()).isEqualTo(runtimeService.getVariable(feedback.getId(), "leadUnit"));
        assertThat(running.standing().dueOn()).isNotNull();
        assertThat(running.resolvedOn()).isNull();
        assertThat(running.endedOn()).isNull();

        jdbc.update("DELETE FROM ward_case_fact WHERE process_instance_id IN (?, ?)", reception.getId(),
                feedback.getId());
        backfill.casesWithoutFacts(engine.getHistoryService(), procedures);

        assertThat(RecordedCase.of(facts.of(reception.getId()))).isEqualTo(ended);
        assertThat(RecordedCase.of(facts.of(feedback.getId()))).isEqualTo(running);
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM ward_case_fact", Integer.class);
        backfill.casesWithoutFacts(engine.getHistoryService(), procedures);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_case_fact", Integer.class)).isEqualTo(rows);
    }

    void submit(ProcessInstance instance, String taskKey, Map<String, Object> answers) {
        engine.getFormService().submitTaskForm(task(instance.getId(), taskKey).getId(), answers);
    }
}
