package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.endOfDay;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.startOfDay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;

/** The sixteen appendix tasks, each started as the launcher starts it and worked through to its end. */
class PlanTaskProcessesTest extends PlanModelTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyTaskOfTheAppendixRunsOnTheOneSharedModel() {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("plan-task").latestVersion().singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getName()).isEqualTo("Nhiệm vụ của kế hoạch năm");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        for (int number = 1; number <= 16; number++) {
            assertThat(repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey("plan-task-%02d".formatted(number)).count())
                    .as("no model of its own for task %d", number).isZero();
        }
    }

    @ParameterizedTest(name = "Nhiệm vụ {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void everyTaskRunsFromLaunchToItsEndThroughEveryLeadUnitsShare(int number) {
        ProcessInstance task = driver.startTask(number, Map.of("reportingPeriods", List.of("2025-Q4")));
        @SuppressWarnings("unchecked")
        List<String> named = (List<String>) PlanProcessDriver.taskVariables(number).get("leadUnits");
        List<String> leads = named.stream().filter(unit -> !PlanProcessDriver.INVITED_UNITS.contains(unit)).toList();
        List<String> invited = named.stream().filter(PlanProcessDriver.INVITED_UNITS::contains).toList();

        // each lead unit's heads are asked first to name the officer in charge; an invited body gets a request
        assertThat(driver.tasks(task.getId(), "assignResponsibleOfficer")).extracting(driver::candidateGroups)
                .containsExactlyInAnyOrderElementsOf(leads.stream().map(unit -> Set.of(unit + "-heads")).toList());
        assertThat(driver.tasks(task.getId(), "answerRequest")).extracting(driver::candidateGroups)
                .containsExactlyInAnyOrderElementsOf(invited.stream().map(Set::of).toList());

        driver.runToEnd(task.getId());

        assertThat(task).hasPassed("taskFinished").isEnded();
        assertThat(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(task.getId())
                .processDefinitionKey("plan-unit-work").count()).isEqualTo(leads.size());
        assertThat(historyService.createHistoricTaskInstanceQuery().taskDefinitionKey("reviewReport").list().stream()
                .filter(review -> task.getId().equals(review.getRootProcessInstanceId())))
                .hasSize(leads.size())
                .extracting(review -> review.getName())
                .allMatch(name -> name.startsWith("Xem xét báo cáo quý IV/2025 – Nhiệm vụ " + number));
    }

    @Test
    void anOngoingTaskOfAllUnitsGivesEveryUnitItsOwnShareAndReportsToTheOffice() {
        ProcessInstance task = driver.startTask(3, Map.of());

        List<Task> assignments = driver.tasks(task.getId(), "assignResponsibleOfficer");
        assertThat(assignments).extracting(driver::candidateGroups).containsExactlyInAnyOrder(Set.of("vhxh-heads"),
                Set.of("vp-heads"), Set.of("kthtdt-heads"), Set.of("ttdvth-heads"), Set.of("ca-heads"));
        assertThat(assignments).extracting(Task::getName).containsOnly("Phân công cán bộ phụ trách – Nhiệm vụ 3");
        assertThat(assignments).extracting(Task::getDueDate).containsOnly(endOfDay(2025, 9, 18));
        assertThat(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(task.getId())
                .list()).extracting(instance -> instance.getBusinessKey()).containsOnly("KH54-2025-T03");
        // no deadline, so nothing to chase but the reports; the invited bodies' requests lapse at the year's end
        assertThat(driver.jobs(task.getId())).hasSize(1);
        assertThat(driver.job(task.getId(), "requestLapses").getDuedate()).isEqualTo(endOfDay(2025, 12, 31));
    }

    @Test
    void aBodyThePlanInvitesGetsARequestItMayAnswerWithTheOfficeAsContact() {
        ProcessInstance task = driver.startTask(3, Map.of());

        List<Task> requests = driver.tasks(task.getId(), "answerRequest");
        assertThat(requests).extracting(driver::candidateGroups)
                .containsExactlyInAnyOrder(Set.of("mttq"), Set.of("ubkt"), Set.of("banktns"));
        assertThat(requests).extracting(Task::getDueDate).containsOnly(endOfDay(2025, 12, 31));
        Task fromTheFront = requests.stream().filter(request -> driver.candidateGroups(request).contains("mttq"))
                .findFirst().orElseThrow();
        assertThat(driver.formVariables(fromTheFront).get("contact")).isEqualTo("Phòng Văn hoá - Xã hội");
        assertThat(driver.formVariables(fromTheFront).get("invitedUnitName"))
                .isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam phường");
        driver.submit(fromTheFront, Map.of("reply", "Đã tuyên truyền tại các khu dân cư"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> replies = (List<Map<String, Object>>) runtimeService
                .getVariable(task.getId(), "requestReplies");
        assertThat(replies).singleElement().satisfies(reply -> assertThat(reply)
                .containsEntry("invitedUnit", "mttq").containsEntry("reply", "Đã tuyên truyền tại các khu dân cư"));
        assertThat(driver.tasks(task.getId(), "answerRequest")).hasSize(2);
    }

    @Test
    void anInvitedLeadIsNeverChasedAndItsUnansweredRequestLapsesAtTheDeadline() {
        Mailbox mailbox = Mailbox.open();
        // task 9: the Front leads it, due at the end of the year
        ProcessInstance task = driver.startTask(9, Map.of("reportingPeriods", List.of()));
        assertThat(driver.tasks(task.getId(), "assignResponsibleOfficer")).isEmpty();
        assertThat(driver.task(task.getId(), "answerRequest").getDueDate()).isEqualTo(endOfDay(2025, 12, 31));

        EngineClock.setTo(LocalDateTime.of(2026, 1, 1, 0, 1));
        driver.runDueJobs(task.getId());

        assertThat(mailbox.subjectsTo("mttq.head")).isEmpty();
        assertThat(mailbox.subjectsTo("vhxh.head")).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(task.getId())
                .processDefinitionKey("plan-escalation").count()).isZero();
        assertThat(task).hasPassed("requestLapses", "taskFinished").isEnded();
    }

    @Test
    void aTaskDueByADateWarnsTenWorkingDaysAheadAndChasesOnTheDay() {
        Mailbox mailbox = Mailbox.open();
        ProcessInstance task = driver.startTask(2, Map.of());
        assertThat(driver.job(task.getId(), "completionWarning").getDuedate()).isEqualTo(startOfDay(2025, 9, 16));
        assertThat(driver.job(task.getId(), "completionDue").getDuedate()).isEqualTo(endOfDay(2025, 9, 30));

        EngineClock.setTo(LocalDateTime.of(2025, 9, 16, 0, 1));
        driver.execute(driver.job(task.getId(), "completionWarning"));
        driver.runDueJobs(task.getId());

        // the office leads task 2 itself: one message each, not a second one as the lead unit's heads
        assertThat(mailbox.subjectsTo("vhxh.head"))
                .containsExactly("Còn 10 ngày làm việc đến hạn hoàn thành – Nhiệm vụ 2 (Phòng Văn hoá - Xã hội)");
        Task reminder = driver.task(task.getId(), "followUpOverdueWork");
        assertThat(reminder.getName()).isEqualTo("Đôn đốc việc quá hạn – Nhiệm vụ 2");
        assertThat(driver.candidateGroups(reminder)).containsExactly("vhxh");
        assertThat(reminder.getDueDate()).isEqualTo(endOfDay(2025, 9, 18));
        assertThat(driver.formVariables(reminder).get("escalationReason"))
                .isEqualTo("Còn 10 ngày làm việc đến hạn hoàn thành");
        driver.submit(reminder, Map.of("actionTaken", "Nhắc tại giao ban"));

        EngineClock.setTo(LocalDateTime.of(2025, 10, 1, 0, 0));
        driver.execute(driver.job(task.getId(), "completionDue"));
        driver.runDueJobs(task.getId());
        assertThat(mailbox.subjectsTo("vhxh.officer")).containsExactly(
                "Còn 10 ngày làm việc đến hạn hoàn thành – Nhiệm vụ 2 (Phòng Văn hoá - Xã hội)",
                "Đã đến hạn hoàn thành – Nhiệm vụ 2 (Phòng Văn hoá - Xã hội)");
        Task chase = driver.task(task.getId(), "followUpOverdueWork");
        // Wednesday 01/10 + 2 working days
        assertThat(chase.getDueDate()).isEqualTo(endOfDay(2025, 10, 3));

        // the unit's work was not cancelled; once it is done, the open chase ends with the task
        assertThat(driver.tasks(task.getId(), "assignResponsibleOfficer")).hasSize(1);
        driver.runToEnd(task.getId(), this::answersLeavingTheChaseOpen);
        assertThat(task).hasPassed("remindBeforeDeadline", "escalateAtDeadline", "taskFinished").isEnded();
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(chase.getId()).singleResult()
                .getDeleteReason()).isNotEqualTo("completed");
    }

    private Map<String, Object> answersLeavingTheChaseOpen(Task task) {
        // the office never gets round to its chases
        return task.getTaskDefinitionKey().equals("followUpOverdueWork") ? null : driver.plausibleAnswers(task);
    }

    @Test
    void onlyLeadUnitsStillAtWorkAreChased() {
        Mailbox mailbox = Mailbox.open();
        ProcessInstance task = driver.startTask(9, Map.of("leadUnits", List.of("kthtdt", "ca"),
                "supportUnits", List.of("vhxh"), "reportingPeriods", List.of()));
        // the police finish their share
        Task policeAssignment = driver.tasks(task.getId(), "assignResponsibleOfficer").stream()
                .filter(assignment -> driver.candidateGroups(assignment).contains("ca-heads")).findFirst().orElseThrow();
        driver.submit(policeAssignment, Map.of("responsibleOfficer", "ca.officer", "milestones", "—"));
        driver.submit(driver.task(task.getId(), "selfAssessYear"), Map.of("selfAssessment", "done", "reasons", "—"));
        driver.submit(driver.task(task.getId(), "scoreYearResult"), Map.of("score", 100));

        EngineClock.setTo(LocalDateTime.of(2025, 12, 17, 0, 1));
        driver.execute(driver.job(task.getId(), "completionWarning"));
        driver.runDueJobs(task.getId());

        List<Task> reminders = driver.tasks(task.getId(), "followUpOverdueWork");
        assertThat(reminders).extracting(Task::getName)
                .containsExactly("Đôn đốc việc quá hạn – Nhiệm vụ 9 (Phòng Kinh tế, Hạ tầng và Đô thị)");
        assertThat(mailbox.subjectsTo("kthtdt.head")).containsExactly(
                "Còn 10 ngày làm việc đến hạn hoàn thành – Nhiệm vụ 9 (Phòng Kinh tế, Hạ tầng và Đô thị)");
        assertThat(mailbox.subjectsTo("ca.head")).isEmpty();
    }

    @Test
    void everyItemToPublishIsRecordedByTheOfficeBesideTheUnitsWork() {
        ProcessInstance task = driver.startTask(4, Map.of());

        List<Task> records = driver.tasks(task.getId(), "recordPublication");
        assertThat(records).extracting(Task::getName).containsExactlyInAnyOrder(
                "Ghi nhận công khai – Nhiệm vụ 4 (Tình hình thực hiện ngân sách cấp xã)",
                "Ghi nhận công khai – Nhiệm vụ 4 (Danh sách hộ nghèo, cận nghèo)",
                "Ghi nhận công khai – Nhiệm vụ 4 (Quy hoạch, kế hoạch sử dụng đất)",
                "Ghi nhận công khai – Nhiệm vụ 4 (Bảng giá đất)");
        assertThat(records).extracting(driver::candidateGroups).containsOnly(Set.of("vp"));
        // Thursday 11/09 + 10 working days
        assertThat(records).extracting(Task::getDueDate).containsOnly(endOfDay(2025, 9, 25));

        for (Task record : records) {
            assertThat(driver.formVariables(record).get("publishedWhere")).isNull();
            driver.submit(record, Map.of("publishedWhere", "tru-so-ubnd", "publishedOn", "2025-09-20",
                    "documentLink", "Thông báo niêm yết – " + driver.variable(record, "publicationItem")));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> publications = (List<Map<String, Object>>) runtimeService
                .getVariable(task.getId(), "publications");
        assertThat(publications).hasSize(4).allSatisfy(publication -> {
            assertThat(publication).containsEntry("publishedWhere", "tru-so-ubnd")
                    .containsEntry("publishedOn", "2025-09-20");
            assertThat((String) publication.get("documentLink")).endsWith((String) publication.get("publicationItem"));
        });
        assertThat(task).isWaitingAt("unitWork");
        assertThat(task).hasPassed("recordPublication");
    }

    @Test
    void landPublicityAtTheResidentialGroupsIsRecordedOncePerGroup() {
        ProcessInstance task = driver.startTask(4, Map.of("publicationItems", new ArrayList<>(List.of(
                "Công khai bảng giá đất",
                "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố: Tổ dân phố số 1",
                "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố: Tổ dân phố số 2"))));

        List<Task> records = driver.tasks(task.getId(), "recordPublication");
        assertThat(records).hasSize(3);
        for (Task record : records) {
            driver.submit(record, Map.of("publishedWhere", "nha-van-hoa", "publishedOn", "2025-09-20"));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> publications = (List<Map<String, Object>>) runtimeService
                .getVariable(task.getId(), "publications");
        assertThat(publications).extracting(publication -> (String) publication.get("publicationItem"))
                .filteredOn(item -> item.contains("tại các Tổ dân phố"))
                .containsExactlyInAnyOrder(
                        "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố: Tổ dân phố số 1",
                        "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại các Tổ dân phố: Tổ dân phố số 2");
    }

    @Test
    void everyResidentialGroupsElectionIsRecordedAndPublishedByTheFront() {
        ProcessInstance task = driver.startTask(6, Map.of());

        List<Task> minutes = driver.tasks(task.getId(), "recordElection");
        assertThat(minutes).extracting(Task::getName).containsExactlyInAnyOrder(
                "Ghi biên bản bầu cử tổ trưởng – Nhiệm vụ 6 (Tổ dân phố Ba Hàng)",
                "Ghi biên bản bầu cử tổ trưởng – Nhiệm vụ 6 (Tổ dân phố Đồng Tiến)");
        assertThat(minutes).extracting(driver::candidateGroups).containsOnly(Set.of("mttq"));
        assertThat(minutes).extracting(Task::getDueDate).containsOnly(endOfDay(2025, 12, 31));

        Task baHang = minutes.stream().filter(t -> t.getName().contains("Ba Hàng")).findFirst().orElseThrow();
        driver.submit(baHang, Map.of("electionDate", "2025-10-05", "votersInvited", 320, "votersAttended", 290,
                "candidates", 2, "secretBallot", true, "electedName", "Nguyễn Văn Bình"));
        // the Chairman recognises the result before it is published
        assertThat(driver.tasks(task.getId(), "publishElectionResult")).isEmpty();
        Task recognition = driver.task(task.getId(), "recognizeElection");
        assertThat(driver.candidateGroups(recognition)).containsExactly("lanhdao");
        assertThat(driver.formVariables(recognition).get("electedName")).isEqualTo("Nguyễn Văn Bình");
        driver.submit(recognition, Map.of("recognitionNumber", "125/QĐ-UBND", "recognizedOn", "2025-10-06"));
        Task publication = driver.task(task.getId(), "publishElectionResult");
        assertThat(publication.getName())
                .isEqualTo("Công khai kết quả bầu cử – Nhiệm vụ 6 (Tổ dân phố Ba Hàng)");
        assertThat(driver.candidateGroups(publication)).containsExactly("mttq");
        assertThat(publication.getDueDate()).isEqualTo(endOfDay(2025, 9, 18));
        // the other group's minutes do not show this group's figures
        Task dongTien = driver.task(task.getId(), "recordElection");
        assertThat(driver.formVariables(dongTien).get("electedName")).isNull();
        driver.submit(publication, Map.of("resultsPublishedOn", "2025-10-07", "resultsPublishedWhere", "nha-van-hoa"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> elections = (List<Map<String, Object>>) runtimeService
                .getVariable(task.getId(), "elections");
        assertThat(elections).singleElement().satisfies(election -> assertThat(election)
                .containsEntry("residentialGroup", "Tổ dân phố Ba Hàng")
                .containsEntry("electedName", "Nguyễn Văn Bình")
                .containsEntry("candidates", 2)
                .containsEntry("secretBallot", true)
                .containsEntry("recognitionNumber", "125/QĐ-UBND")
                .containsEntry("resultsPublishedWhere", "nha-van-hoa"));
    }

    @Test
    void onlyTheGroupsWhoseTermEndsInThePlanYearElect() {
        ProcessInstance task = driver.startTask(6, Map.of("electingGroups", new ArrayList<>(List.of("Tổ dân phố Ba Hàng"))));

        assertThat(driver.tasks(task.getId(), "recordElection")).extracting(driver::formVariables)
                .extracting(variables -> variables.get("residentialGroup")).containsExactly("Tổ dân phố Ba Hàng");
    }

    @Test
    void aYearWithoutATermEndingHoldsNoElection() {
        ProcessInstance task = driver.startTask(6, Map.of("electingGroups", new ArrayList<>()));

        assertThat(driver.tasks(task.getId(), "recordElection")).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(task.getId())
                .processDefinitionKey("plan-group-election").count()).isZero();
    }

    @Test
    void aTaskWithOneLeadUnitHasOneShare() {
        ProcessInstance task = driver.startTask(7, Map.of());
        Set<String> keys = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(task.getId())
                .list().stream().map(instance -> instance.getProcessDefinitionKey()).collect(Collectors.toSet());
        assertThat(keys).containsExactly("plan-unit-work");
        assertThat(driver.task(task.getId(), "assignResponsibleOfficer").getName())
                .isEqualTo("Phân công cán bộ phụ trách – Nhiệm vụ 7");
    }
}
