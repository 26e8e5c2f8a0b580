package vn.phoyen.workflow.plan.yearclose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.plan.yearclose.YearCloseSteps.CHAIRMAN;
import static vn.phoyen.workflow.plan.yearclose.YearCloseSteps.OFFICE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * A plan year's close: the units' results gathered with a suggestion, the office's proposal with grounds, the
 * Chairman's decision (approved, or returned with a reason and proposed again), recorded once per year; an
 * administrator's decision, a proposal without grounds and a second close of the year refused. Each test closes the
 * test plan's year afresh.
 */
@EngineTest
class PlanYearCloseProcessTest extends ProcessTest {

    @Autowired
    JdbcTemplate jdbc;

    YearCloseSteps steps;

    @BeforeEach
    void onAWorkingMonday() {
        steps = new YearCloseSteps(engine, jdbc.getDataSource());
        steps.forget(YearCloseSteps.YEAR);
        EngineClock.setTo(LocalDateTime.of(2025, 12, 22, 9, 0));
    }

    @Test
    void gatheredProposedApprovedAndRecordedOnce() {
        steps.scoreYear(2035);
        ProcessInstance close = steps.start(2035L);

        assertThat(close).isWaitingAt("proposeCommendations").hasPassed("gatherResults");
        assertThat(close.getBusinessKey()).isEqualTo("KH35-2035-TK");
        assertThat(runtimeService.getVariable(close.getId(), "planYear")).isEqualTo(2035);
        // the performing units in the organisation's order; the invited Fatherland Front is not among them
        assertThat(steps.rows(close)).extracting(row -> row.get("unit"), row -> row.get("unitName"),
                row -> row.get("tasksLed"), row -> row.get("tasksScored"), row -> row.get("meanScore"),
                row -> row.get("lowestScore"), row -> row.get("notDone"), row -> row.get("proposal"),
                row -> row.get("suggestion")).containsExactly(
                tuple("vhxh", "Phòng Văn hoá - Xã hội", 1, 1, 75.0, 75, 0, "none",
                        "Không đề xuất"),
                tuple("kthtdt", "Phòng Kinh tế, Hạ tầng và Đô thị", 1, 1, 95.0, 95, 0,
                        "commend", "Biểu dương, khen thưởng"),
                tuple("ca", "Công an phường", 1, 1, 70.0, 70, 1, "remind",
                        "Phê bình, nhắc nhở"));
        Task proposal = steps.task(close);
        assertThat(proposal.getName()).startsWith("Đề xuất biểu dương, phê bình năm 2035");
        assertThat(candidateGroups(proposal)).containsExactly("vhxh");
        // ten working days from Monday 22/12/2025 run past the New Year holiday
        assertThat(proposal.getDueDate()).isAfter(ProcessDeadlines.endOf(LocalDate.of(2026, 1, 2)));

        // while it runs, the year is not opened a second time
        assertThatThrownBy(() -> steps.start(2035L)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Năm 2035 đang được tổng kết").hasMessageContaining("KH35-2035-TK");

        steps.proposeAsSuggested(close);
        Task decision = steps.task(close);
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("decideCommendations");
        assertThat(candidateGroups(decision)).containsExactly("lanhdao");
        // the Chairman starts from the office's proposals and changes one
        assertThat(steps.rows(close)).extracting(row -> row.get("decision")).containsExactly("none", "commend",
                "remind");
        steps.complete(CHAIRMAN, close, Map.of("approvalDecision", "approve", YearClose.ROWS, steps.rowsWith(close,
                Map.of("vhxh", Map.of("decision", "commend", "grounds", "Tổng hợp, theo dõi kế hoạch tốt")))));

        assertThat(close).isEnded().hasPassed("recordCommendations", "yearClosed");
        List<Map<String, Object>> recorded = jdbc.queryForList("SELECT unit, decision, grounds, mean_score, decided_by, "
                + "decided_on, process_instance_id FROM ward_unit_commendation WHERE plan_year = 2035 ORDER BY id");
        assertThat(recorded).extracting(row -> row.get("UNIT"), row -> row.get("DECISION"), row -> row.get("GROUNDS"))
                .containsExactly(tuple("vhxh", "commend", "Tổng hợp, theo dõi kế hoạch tốt"),
                        tuple("kthtdt", "commend", "Hoàn thành nhiệm vụ 1, điểm 95"),
                        tuple("ca", "remind", "Tự đánh giá chưa hoàn thành nhiệm vụ 2"));
        assertThat(recorded).allSatisfy(row -> {
            assertThat(row.get("DECIDED_BY")).isEqualTo(CHAIRMAN);
            assertThat(row.get("DECIDED_ON").toString()).isEqualTo("2025-12-22");
            assertThat(row.get("PROCESS_INSTANCE_ID")).isEqualTo(close.getId());
        });

        // a closed year is not closed again
        assertThatThrownBy(() -> steps.start(2035L)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Năm 2035 đã tổng kết").hasMessageContaining("22/12/2025");
    }

    @Test
    void returnedWithAReasonProposedAgainAndApproved() {
        steps.scoreYear(2035);
        ProcessInstance close = steps.start("2035");
        steps.proposeAsSuggested(close);

        // a Vice-Chairman decides too
        assertThatThrownBy(() -> steps.complete("lanhdao.officer", close, Map.of("approvalDecision", "return")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("returnReason");
        steps.complete("lanhdao.officer", close, Map.of("approvalDecision", "return",
                "returnReason", "Xem lại đề xuất đối với Phòng Văn hoá - Xã hội"));

        assertThat(close).isWaitingAt("proposeCommendations");
        assertThat(runtimeService.getVariable(close.getId(), "returnReason"))
                .isEqualTo("Xem lại đề xuất đối với Phòng Văn hoá - Xã hội");
        steps.complete(OFFICE, close, Map.of(YearClose.ROWS, steps.rowsWith(close, Map.of(
                "vhxh", Map.of("proposal", "commend", "grounds", "Theo dõi, tổng hợp đầy đủ"),
                "kthtdt", Map.of("grounds", "Hoàn thành nhiệm vụ 1"),
                "ca", Map.of("grounds", "Chưa hoàn thành nhiệm vụ 2")))));
        // the Chairman decides afresh
        assertThat(runtimeService.getVariables(close.getId())).doesNotContainKeys("approvalDecision", "returnReason");
        steps.complete(CHAIRMAN, close, Map.of("approvalDecision", "approve", YearClose.ROWS, steps.rowsWith(close,
                Map.of())));

        assertThat(close).isEnded().hasPassed("recordCommendations");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(close.getId())
                .activityId("proposeCommendations").count()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT decision FROM ward_unit_commendation WHERE plan_year = 2035 ORDER BY id",
                String.class)).containsExactly("commend", "commend", "remind");
    }

    @Test
    void aProposalWithoutGroundsIsRefusedNamingTheUnit() {
        steps.scoreYear(2035);
        ProcessInstance close = steps.start(2035L);

        assertThatThrownBy(() -> steps.complete(OFFICE, close, Map.of(YearClose.ROWS, steps.rowsWith(close, Map.of(
                "kthtdt", Map.of("grounds", "Hoàn thành nhiệm vụ 1"))))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Cần ghi căn cứ ('grounds') cho Công an phường");
        assertThat(close).isWaitingAt("proposeCommendations");
        // "none" needs no grounds: the office proposes nothing for the police instead
        steps.complete(OFFICE, close, Map.of(YearClose.ROWS, steps.rowsWith(close, Map.of(
                "kthtdt", Map.of("grounds", "Hoàn thành nhiệm vụ 1"), "ca", Map.of("proposal", "none")))));
        assertThat(close).isWaitingAt("decideCommendations");
        // nor does the Chairman commend without grounds
        assertThatThrownBy(() -> steps.complete(CHAIRMAN, close, Map.of("approvalDecision", "approve",
                YearClose.ROWS, steps.rowsWith(close, Map.of("vhxh", Map.of("decision", "commend"))))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Cần ghi căn cứ ('grounds') cho Phòng Văn hoá - Xã hội");
        assertThat(close).isWaitingAt("decideCommendations");
    }

    @Test
    void anAdministratorDecidesNothing() {
        steps.scoreYear(2035);
        ProcessInstance close = steps.start(2035L);
        steps.proposeAsSuggested(close);

        assertThatThrownBy(() -> steps.complete("demo", close, Map.of("approvalDecision", "approve",
                YearClose.ROWS, steps.rowsWith(close, Map.of())))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Chỉ Chủ tịch hoặc Phó Chủ tịch UBND phường (nhóm 'lanhdao')")
                .hasMessageContaining("'demo' không thuộc nhóm này");
        assertThat(close).isWaitingAt("decideCommendations");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_unit_commendation WHERE plan_year = 2035",
                Integer.class)).isZero();
    }

    @Test
    void aYearWithoutPlanDataOrNoYearAtAllIsRefusedAndLeavesNoInstance() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(YearClose.PROCESS_KEY).count();

        assertThatThrownBy(() -> steps.start(2099L)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Chưa có dữ liệu kế hoạch năm 2099").hasMessageContaining("'planYear'");
        assertThatThrownBy(() -> steps.start("năm ngoái")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Năm kế hoạch ('planYear') phải là một năm");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(YearClose.PROCESS_KEY).count())
                .isEqualTo(before);
    }
}
