package vn.phoyen.workflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.phoyen.workflow.process.Refusal;

/**
 * A survey campaign through every path: approved, opened on its first day, answered once per code, closed after its
 * last day and reviewed; returned, revised and approved; returned and withdrawn; refused starts and a refused
 * approval past the last day.
 */
@EngineTest
class SurveyCampaignProcessTest extends ProcessTest {

    @Autowired
    SurveyCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    SurveySteps steps;

    @BeforeEach
    void beforeOctober() {
        steps = new SurveySteps(engine);
        SurveySteps.beforeOctober();
    }

    @Test
    void approvedOpenedAnsweredOncePerCodeClosedAndReviewed() {
        ProcessInstance campaign = steps.start(SurveySteps.october("ttdvth, vp"));

        assertThat(campaign.getBusinessKey()).matches("KS-2035-\\d{3,}");
        assertThat(campaign).isWaitingAt("approveCampaign");
        Task approval = steps.task(campaign, "approveCampaign");
        assertThat(candidateGroups(approval)).containsExactly("lanhdao");
        assertThat(approval.getDueDate()).isNotNull();
        assertThat((String) runtimeService.getVariable(campaign.getId(), "campaignSummary"))
                .contains("01/10/2035", "31/10/2035", "Trung tâm dịch vụ tổng hợp phường", "sipas-2024");

        steps.approve(campaign);
        assertThat(campaign).isWaitingAt("firstDay");
        // codes can be printed before the first day; they open nothing yet
        List<String> codes = campaigns.issue(campaign.getBusinessKey(), "ttdvth", 3).codes();
        assertThat(codes).hasSize(3).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertThat(campaigns.lookUp(codes.get(0), LocalDate.of(2035, 9, 30)))
                .isEqualTo(new SurveyCampaigns.NotOpen(campaign.getBusinessKey(), LocalDate.of(2035, 10, 1),
                        LocalDate.of(2035, 10, 31), false));
        // only a hash is kept, and nothing ties a code to a person
        assertThat(jdbc.queryForList("SELECT code_hash FROM ward_survey_code", String.class))
                .doesNotContain(codes.get(0), codes.get(0).replace("-", ""));
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) IN "
                + "('ward_survey_code', 'ward_survey_response', 'ward_survey_answer')", String.class))
                .map(String::toLowerCase).doesNotContain("code", "name", "contact", "process_instance_id")
                .filteredOn(column -> column.contains("code")).containsOnly("code_hash");

        steps.at(campaign, LocalDateTime.of(2035, 10, 1, 0, 0, 1));
        assertThat(campaign).hasPassed("openCampaign").isWaitingAt("lastDayOver");

        LocalDate answeredOn = LocalDate.of(2035, 10, 2);
        Map<String, Integer> allSatisfied = new LinkedHashMap<>();
        SurveyStore.Campaign stored = campaigns.campaignOfInstance(campaign.getId());
        stored.questionnaire().questions().forEach(question -> allSatisfied.put(question.code(), 4));
        allSatisfied.put("CC1", 2);
        assertThat(campaigns.answer(codes.get(0).toLowerCase(), allSatisfied, answeredOn))
                .isInstanceOf(SurveyCampaigns.Open.class);
        // the same code again, even typed without dashes: refused, nothing written
        assertThat(campaigns.answer(codes.get(0).replace("-", ""), allSatisfied, answeredOn))
                .isInstanceOf(SurveyCampaigns.Used.class);
        assertThat(campaigns.lookUp("AAAA-BBBB-CCCC", answeredOn)).isInstanceOf(SurveyCampaigns.Unknown.class);
        assertThat(campaigns.lookUp("not a code", answeredOn)).isInstanceOf(SurveyCampaigns.Unknown.class);
        // a rating off the scale or a question of no questionnaire is refused naming it, and the code stays unused
        assertThatThrownBy(() -> campaigns.answer(codes.get(1), Map.of("TC1", 6), answeredOn))
                .isInstanceOf(Refusal.class).hasMessageContaining("TC1");
        assertThatThrownBy(() -> campaigns.answer(codes.get(1), Map.of("X9", 5), answeredOn))
                .isInstanceOf(Refusal.class).hasMessageContaining("X9");
        assertThatThrownBy(() -> campaigns.answer(codes.get(1), Map.of(), answeredOn))
                .isInstanceOf(Refusal.class).hasMessageContaining("ít nhất một");
        assertThat(campaigns.answer(codes.get(1), Map.of("TC1", 5), answeredOn))
                .isInstanceOf(SurveyCampaigns.Open.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_survey_response WHERE campaign_id = ?",
                Integer.class, stored.id())).isEqualTo(2);

        steps.at(campaign, LocalDateTime.of(2035, 10, 31, 23, 59));
        assertThat(campaign).isWaitingAt("lastDayOver");
        steps.at(campaign, LocalDateTime.of(2035, 11, 1, 0, 0, 1));
        assertThat(campaign).hasPassed("closeCampaign").isWaitingAt("reviewResults");
        assertThat(campaigns.lookUp(codes.get(2), LocalDate.of(2035, 11, 1)))
                .isInstanceOf(SurveyCampaigns.NotOpen.class)
                .matches(lookup -> ((SurveyCampaigns.NotOpen) lookup).ended());
        Task review = steps.task(campaign, "reviewResults");
        assertThat(candidateGroups(review)).containsExactly("vhxh");
        assertThat(review.getDueDate()).isNotNull();
        assertThat(runtimeService.getVariable(campaign.getId(), "respondents")).isEqualTo(2);
        // tiếp cận 4 of 4 (TC1 twice), công chức 2 of 3 (CC1 "Không hài lòng"); overall over the five factors
        assertThat((String) runtimeService.getVariable(campaign.getId(), "surveyResults"))
                .contains("Quý IV/2035", "Trung tâm dịch vụ tổng hợp phường", "100% (4)", "66,7% (3)");

        steps.complete(SurveySteps.OFFICE, campaign, "reviewResults", Map.of("reviewNote", "Duy trì."));
        assertThat(campaign).isEnded().hasPassed("campaignEnded");
        assertThatThrownBy(() -> campaigns.issue(campaign.getBusinessKey(), "ttdvth", 1))
                .isInstanceOf(Refusal.class).hasMessageContaining("đã kết thúc");
    }

    @Test
    void returnedWithAReasonRevisedAndApproved() {
        ProcessInstance campaign = steps.start(SurveySteps.october("ttdvth"));

        assertThatThrownBy(() -> steps.complete("lanhdao.officer", campaign, "approveCampaign",
                Map.of("approvalDecision", "return"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("returnReason");
        steps.complete("lanhdao.officer", campaign, "approveCampaign",
                Map.of("approvalDecision", "return", "returnReason", "Khảo sát cả Văn phòng"));
        assertThat(campaign).isWaitingAt("reviseCampaign");
        assertThat(candidateGroups(steps.task(campaign, "reviseCampaign"))).containsExactly("vhxh");
        // the office reads the Chairman's reason in its form
        assertThat(runtimeService.getVariable(campaign.getId(), "returnReason")).isEqualTo("Khảo sát cả Văn phòng");
        // codes are for approved campaigns only
        assertThatThrownBy(() -> campaigns.issue(campaign.getBusinessKey(), "ttdvth", 1))
                .isInstanceOf(Refusal.class).hasMessageContaining("chưa được duyệt");

        Map<String, Object> revised = new HashMap<>(SurveySteps.october("ttdvth, vp"));
        revised.put("periodTo", "2035-09-30");
        revised.put("revisionDecision", "resubmit");
        assertThatThrownBy(() -> steps.complete(SurveySteps.OFFICE, campaign, "reviseCampaign", revised))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("periodTo");
        revised.put("periodTo", "2035-11-15");
        steps.complete(SurveySteps.OFFICE, campaign, "reviseCampaign", revised);

        assertThat(campaign).isWaitingAt("approveCampaign");
        // the Chairman decides afresh: the return and its reason are not the new round's answer (ADR 0015)
        assertThat(runtimeService.getVariables(campaign.getId())).doesNotContainKeys("approvalDecision", "returnReason");
        assertThat(campaigns.campaignOfInstance(campaign.getId())).satisfies(stored -> {
            assertThat(stored.units()).containsExactly("ttdvth", "vp");
            assertThat(stored.to()).isEqualTo(LocalDate.of(2035, 11, 15));
            assertThat(stored.status()).isEqualTo("draft");
        });
        steps.approve(campaign);
        assertThat(campaign).isWaitingAt("firstDay");
        assertThat(campaigns.campaignOfInstance(campaign.getId()).status()).isEqualTo("approved");
        assertThat(campaigns.issue(campaign.getBusinessKey(), "vp", 1).codes()).hasSize(1);
    }

    @Test
    void returnedAndWithdrawn() {
        ProcessInstance campaign = steps.start(SurveySteps.october("vp"));
        steps.complete(SurveySteps.CHAIRMAN, campaign, "approveCampaign",
                Map.of("approvalDecision", "return", "returnReason", "Chưa cần khảo sát"));

        assertThatThrownBy(() -> steps.complete(SurveySteps.OFFICE, campaign, "reviseCampaign", Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("revisionDecision");
        steps.complete(SurveySteps.OFFICE, campaign, "reviseCampaign", Map.of("revisionDecision", "withdraw"));

        assertThat(campaign).isEnded().hasPassed("campaignWithdrawn");
        assertThat(campaigns.campaignOfInstance(campaign.getId()).status()).isEqualTo("withdrawn");
        assertThatThrownBy(() -> campaigns.issue(campaign.getBusinessKey(), "vp", 1))
                .isInstanceOf(Refusal.class).hasMessageContaining("đã hủy");
    }

    @Test
    void anApprovalAfterTheLastDayIsRefusedSoTheCampaignIsReturnedForNewDates() {
        ProcessInstance campaign = steps.start(SurveySteps.october("vp"));
        EngineClock.setTo(LocalDateTime.of(2035, 11, 3, 9, 0));

        assertThatThrownBy(() -> steps.approve(campaign)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("periodTo").hasMessageContaining("trả lại");
        assertThat(campaign).isWaitingAt("approveCampaign");
    }

    @Test
    void aStartWithAFieldAtFaultIsRefusedNamingItAndLeavesNoInstance() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("survey-campaign").count();
        Map<String, String> faults = Map.of("serviceArea", "thue", "periodFrom", "2035-09-01", "units", "abc",
                "questionnaireVersion", "sipas-1999");
        faults.forEach((field, value) -> {
            Map<String, Object> plan = new HashMap<>(SurveySteps.october("vp"));
            plan.put(field, value);
            assertThatThrownBy(() -> steps.start(plan)).as(field).isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("'" + field + "'");
        });
        Map<String, Object> tooLong = new HashMap<>(SurveySteps.october("vp"));
        tooLong.put("periodTo", "2036-10-01");
        assertThatThrownBy(() -> steps.start(tooLong)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("366 ngày");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("survey-campaign").count())
                .isEqualTo(before);
    }
}
