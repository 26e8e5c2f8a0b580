package vn.phoyen.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.row;
import static vn.phoyen.workflow.dialogue.DialogueDriver.rows;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.dialogue.DialogueDriver;
import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.dashboard.WardFigures;
import vn.phoyen.workflow.dashboard.WardFigures.Figures;
import vn.phoyen.workflow.feedback.FeedbackDriver;
import vn.phoyen.workflow.feedback.ResidentFeedback;
import vn.phoyen.workflow.feedback.ResidentFeedback.RatingOutcome;
import vn.phoyen.workflow.plan.PlanTask;

/**
 * A year of the ward's activity in 2026 (the tests' plan 12/KH-UBND): plan tasks reported on, complaints resolved on
 * time, late and left open past their due day, a denunciation, feedback answered on time and late and rated, a
 * citizen reception, a dialogue with its commitments. The report on quarter III and the report on the year are then
 * drafted, returned once, resubmitted and approved, and their figures checked against the activity.
 * <p>
 * Other tests also leave 2026 cases in the shared database, so case figures are checked as the figures before this
 * test's activity (its baseline) plus the counts worked out by hand below. The plan tasks of 2026 are this test's own:
 * it clears their history before and after.
 */
@EngineTest
class WardReportYearOfActivityTest extends ProcessTest {

    static final String VP = "Văn phòng HĐND và UBND phường";
    static final String KTHTDT = "Phòng Kinh tế, Hạ tầng và Đô thị";
    static final String VHXH = "Phòng Văn hoá - Xã hội";
    static final String DENOUNCER = "Đặng Thị Tố Uyên";

    /** Monday 05/10/2026 and Monday 14/12/2026: when the reports are drafted, so also when the baselines are taken. */
    static final LocalDateTime Q3_REPORT = LocalDateTime.of(2026, 10, 5, 9, 0);
    static final LocalDateTime YEAR_REPORT = LocalDateTime.of(2026, 12, 14, 9, 0);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WardFigures wardFigures;
    @Autowired
    ResidentFeedback residents;
    @Autowired
    ReportStore store;

    ReportSteps steps;

    @BeforeEach
    void theStepsAndNoPlanTaskOf2026Yet() {
        steps = new ReportSteps(engine, rest);
        forgetThePlanTasksOf2026();
    }

    @AfterEach
    void forgetThePlanTasksOf2026() {
        // a plan task's history stands for the task (its first instance counts, and the launcher starts no second)
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("KH12-2026-T%")
                .rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test", true));
        List<String> finished = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike("KH12-2026-T%").list().stream().map(HistoricProcessInstance::getId)
                .toList();
        if (!finished.isEmpty()) {
            engine.getHistoryService().deleteHistoricProcessInstances(finished);
        }
    }

    @Test
    void theQuarterAndTheYearReportTheActivityOfTheYear() {
        Figures q3Before = figuresAt(Q3_REPORT, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        Figures yearBefore = figuresAt(YEAR_REPORT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        ProcessInstance task1 = theFirstHalfYear();
        Summer summer = julyAndAugust();

        // --- Thursday 20/08: the conference, two commitments: Phòng KT-HT-ĐT by 25/09 (never done), police by 15/12
        at(2026, 8, 20);
        holdTheConference(summer.dialogue(), summer.group());

        // --- Thursday 03/09: task 1 reports on quarter III (window opened 01/09, a holiday)
        at(2026, 9, 3);
        reportOn(task1, "Đã khảo sát mức độ hài lòng tại bộ phận một cửa");

        ProcessInstance q3 = theQuarterThreeReport(q3Before);

        // --- Tuesday 20/10: the police did theirs; 01–03/12: task 1 reports on quarter IV
        at(2026, 10, 20);
        submit(commitmentOf(summer.dialogue(), "ca"), Map.of("commitmentDoneOn", "2026-10-20",
                "commitmentResult", "Đã tuần tra đêm tại tổ dân phố"));
        at(2026, 12, 1);
        reportOn(task1, "Đã tổng kết công tác CCHC năm 2026");

        ProcessInstance year = theYearReport(yearBefore);

        // counts only: the denouncer and the case numbers appear in neither report
        for (ProcessInstance report : List.of(q3, year)) {
            String issued = ReportDocumentTest.text(ReportDocumentTest.open(steps.attachedDocument(report)));
            assertThat(issued).doesNotContain(DENOUNCER).doesNotContain(summer.denunciation().getBusinessKey())
                    .doesNotContain(summer.complaintC().getBusinessKey())
                    .doesNotContain(summer.feedback3().getBusinessKey());
        }
    }

    // --- the stages of the year

    /** The cases of July and August the later stages come back to. */
    private record Summer(ProcessInstance dialogue, String group, ProcessInstance complaintC,
            ProcessInstance denunciation, ProcessInstance feedback3) {
    }

    /** Plan tasks 1 and 2 start and report; in May a complaint is refused and feedback answered, both on time. */
    private ProcessInstance theFirstHalfYear() {
        // --- Monday 05/01/2026: plan tasks 1 (Phòng VH-XH) and 2 (Phòng KT-HT-ĐT, due 30/06) start; task 3 does not
        at(2026, 1, 5);
        ProcessInstance task1 = startPlanTask(1, "vhxh", null, "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        ProcessInstance task2 = startPlanTask(2, "kthtdt", LocalDate.of(2026, 6, 30), "2026-Q1", "2026-Q2");
        submit(only(task1, "assignResponsibleOfficer"), Map.of("responsibleOfficer", "vhxh.officer",
                "milestones", "Báo cáo hằng quý", "note", ""));
        submit(only(task2, "assignResponsibleOfficer"), Map.of("responsibleOfficer", "kthtdt.officer",
                "milestones", "Niêm yết trước 30/06", "note", ""));

        // --- Monday 02/03: the quarter I reports (window opened 01/03), accepted the next day
        at(2026, 3, 2);
        reportOn(task1, "Đã ban hành kế hoạch CCHC năm 2026");
        reportOn(task2, "Đã rà soát 3 tổ dân phố");

        // --- May (quarter II): complaint A refused on time; feedback F1 answered on time, rated 5
        at(2026, 5, 4);
        ProcessInstance complaintA = start("complaint", complaint("2026-05-04", "Lê Thị Mai"));
        ProcessInstance feedback1 = start("feedback", feedback("2026-05-04", "ha-tang", "Ổ gà trên đường Lý Nam Đế",
                "Đường Lý Nam Đế có nhiều ổ gà sâu, nguy hiểm cho xe máy."));
        at(2026, 5, 5);
        refuseComplaint(complaintA, "2026-05-05");
        new FeedbackDriver(engine).publishAnswer(feedback1.getId(), "Đã vá các ổ gà đường Lý Nam Đế.");
        at(2026, 5, 6);
        assertThat(residents.rate(trackingCode(feedback1), 5, "Rất nhanh")).isEqualTo(RatingOutcome.RATED);

        // --- Monday 01/06: task 1 reports on quarter II; task 2 never does
        at(2026, 6, 1);
        reportOn(task1, "Đã kiểm tra công vụ tại 2 bộ phận");

        return task1;
    }

    /** Quarter III's cases: a complaint refused late, one left open, feedback on time and late, a dialogue planned. */
    private Summer julyAndAugust() {
        // --- July (quarter III): complaint B received, refused a day after its 10 days to accept; F2 on time, F3 late
        at(2026, 7, 6);
        ProcessInstance complaintB = start("complaint", complaint("2026-07-06", "Hoàng Văn Nam"));
        ProcessInstance feedback2 = start("feedback", feedback("2026-07-06", "y-te", "Trạm y tế thiếu thuốc",
                "Trạm y tế phường thường hết thuốc hạ sốt cho trẻ em."));
        ProcessInstance feedback3 = start("feedback", feedback("2026-07-06", "ha-tang", "Cống thoát nước tổ 7 tắc",
                "Cống thoát nước ở tổ dân phố số 7 tắc, nước tràn khi mưa."));
        assertThat(runtimeService.getVariable(feedback2.getId(), "leadUnit")).isEqualTo("vhxh");
        assertThat(runtimeService.getVariable(feedback3.getId(), "leadUnit")).isEqualTo("kthtdt");
        at(2026, 7, 7);
        new FeedbackDriver(engine).publishAnswer(feedback2.getId(), "Trạm y tế đã bổ sung thuốc hạ sốt.");
        at(2026, 7, 8);
        assertThat(residents.rate(trackingCode(feedback2), 4, "")).isEqualTo(RatingOutcome.RATED);
        // Monday 13/07: a dialogue planned for Thursday 20/08
        at(2026, 7, 13);
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        // planned, issues gathered from the residential groups and assigned, answers prepared, announced
        String group = new DialogueDriver(engine).prepareConference(dialogue.getId(), "2026-08-20", "2026-08-12",
                "Ngõ 9 ngập khi mưa", "kthtdt", "Nạo vét cống ngõ 9");
        // complaint B: received Monday 06/07: 10 days to accept end on Thursday 16/07; refused on Friday 17/07, a day late
        assertThat(dueDay(complaintB, "acceptanceDueDate")).isEqualTo(LocalDate.of(2026, 7, 16));
        at(2026, 7, 17);
        refuseComplaint(complaintB, "2026-07-17");
        // F3: 10 working days from Monday 06/07 end on Monday 20/07; answered Tuesday 21/07, a day late, and rated 2
        // on Wednesday 22/07 (which reopens it for review; it stays resolved late)
        assertThat(dueDay(feedback3, "answerDueDate")).isEqualTo(LocalDate.of(2026, 7, 20));
        at(2026, 7, 21);
        new FeedbackDriver(engine).publishAnswer(feedback3.getId(), "Đã nạo vét cống thoát nước tổ 7.");
        at(2026, 7, 22);
        assertThat(residents.rate(trackingCode(feedback3), 2, "Trả lời chậm")).isEqualTo(RatingOutcome.RATED);

        // --- Monday 03/08: complaint C (left open, 10 days to accept ran out 13/08), denunciation D refused on time,
        // a citizen reception
        at(2026, 8, 3);
        ProcessInstance complaintC = start("complaint", complaint("2026-08-03", "Trịnh Văn Long"));
        ProcessInstance denunciation = start("denunciation", Map.of("receivedDate", "2026-08-03",
                "denouncerName", DENOUNCER, "denouncerContact", "0913000222", "accusedName", "Cán bộ địa chính",
                "accusedUnit", "kthtdt", "content", "Nhận tiền khi làm thủ tục đất đai"));
        ProcessInstance reception = start("citizen-reception", Map.of("receptionDate", "2026-08-03",
                "visitorName", "Vũ Thị Hạnh", "visitorAddress", "Tổ dân phố số 2"));
        submit(only(reception, "recordVisit"), Map.of("visitContent", "Hỏi thủ tục cấp giấy", "visitorConfirmed", true));
        submit(only(reception, "handleMatter"), Map.of("matterSummary", "Hỏi thủ tục cấp giấy", "handling", "answered",
                "answer", "Đã hướng dẫn thủ tục", "moreMatters", false));
        at(2026, 8, 4);
        submit(only(denunciation, "assignHandler"), Map.of("handler", "vp.officer"));
        submit(only(denunciation, "processInitially"), Map.of("initialDecision", "refuse",
                "refusalReasons", "Nội dung đã được giải quyết trước đây"));
        submit(only(denunciation, "notifyDenouncer"), Map.of("noticeDate", "2026-08-04",
                "noticeReference", "21/TB-UBND"));
        assertThat(dueDay(complaintC, "acceptanceDueDate")).isEqualTo(LocalDate.of(2026, 8, 13));

        return new Summer(dialogue, group, complaintC, denunciation, feedback3);
    }

    private ProcessInstance theQuarterThreeReport(Figures q3Before) {
        /*
         * Quarter III by hand (cases received 01/07–30/09, as they stand on 30/09):
         *   complaints: B late, C pending and overdue (due 13/08)         -> received 2, on time 0, late 1, pending 1, overdue 1
         *   denunciations: D closed by refusal 04/08, on time              -> 1, 1, 0, 0, 0
         *   feedback: F2 on time, F3 late                                  -> 2, 1, 1, 0, 0
         *   citizen receptions: 1, ended the same day                      -> 1, 1, 0, 0, 0
         *   units: VP leads B, C, D: resolved 2 (B late, D on time), on time 1
         *          Phòng VH-XH: F2 resolved on time, rated 4 -> 1 rating, 1 satisfied
         *          Phòng KT-HT-ĐT: F3 resolved late, rated 2 -> resolved 1, on time 0, 1 rating, 0 satisfied
         *   dialogues: 1 held (20/08), 2 commitments, none done by 30/09, the one due 25/09 overdue
         *   plan: task 1 Q1–Q3 accepted of 4 periods = 75 %, in progress; task 2 Q1 accepted of 2 = 50 %, Q2 report
         *         not submitted (due 15/06) and its deadline 30/06 passed: overdue; task 3 not started
         */
        EngineClock.setTo(Q3_REPORT);
        ProcessInstance q3 = draftReturnResubmitApprove("2026-Q3", LocalDateTime.of(2026, 10, 7, 10, 0));
        ReportContent quarter = store.find(q3.getId()).orElseThrow().content();
        assertThat(quarter.periodLabel()).isEqualTo("quý III/2026");
        assertThat(quarter.procedures()).containsExactly(
                procedure(q3Before, "complaint", 2, 0, 1, 1, 1),
                procedure(q3Before, "denunciation", 1, 1, 0, 0, 0),
                procedure(q3Before, "feedback", 2, 1, 1, 0, 0),
                procedure(q3Before, "citizen-reception", 1, 1, 0, 0, 0));
        assertThat(quarter.units()).contains(
                unit(q3Before, "vp", 2, 1, 0, 0),
                unit(q3Before, "vhxh", 1, 1, 1, 1),
                unit(q3Before, "kthtdt", 1, 0, 1, 0));
        assertThat(quarter.dialogues()).isEqualTo(dialogues(q3Before, 1, 2, 0, 1));
        assertThat(quarter.tasks()).hasSize(3);
        assertThat(quarter.tasks().get(0)).isEqualTo(task1Line("Đang thực hiện", 75, List.of(
                "quý I/2026 – " + VHXH + ": Đã ban hành kế hoạch CCHC năm 2026",
                "quý II/2026 – " + VHXH + ": Đã kiểm tra công vụ tại 2 bộ phận",
                "quý III/2026 – " + VHXH + ": Đã khảo sát mức độ hài lòng tại bộ phận một cửa")));
        assertThat(quarter.tasks().get(1)).isEqualTo(task2Line());
        assertThat(quarter.tasks().get(2).status()).isEqualTo("Chưa triển khai");
        assertThat(quarter.tasks().get(2).progressPercent()).isZero();
        assertTheIssuedDocumentShows(q3, quarter, "quý III/2026");

        return q3;
    }

    private ProcessInstance theYearReport(Figures yearBefore) {
        /*
         * The year by hand (cases received 01/01–31/12, as they stand on 31/12):
         *   complaints: A on time, B late, C pending and overdue           -> received 3, on time 1, late 1, pending 1, overdue 1
         *   denunciations: D                                               -> 1, 1, 0, 0, 0
         *   feedback: F1, F2 on time, F3 late                              -> 3, 2, 1, 0, 0
         *   citizen receptions                                             -> 1, 1, 0, 0, 0
         *   units: VP leads A, B, C, D: resolved 3, on time 2
         *          Phòng VH-XH: F2, rated 4 -> resolved 1, on time 1, 1 rating, 1 satisfied
         *          Phòng KT-HT-ĐT: F1 on time rated 5, F3 late rated 2 -> resolved 2, on time 1, 2 ratings, 1 satisfied
         *   dialogues: 1 held, 2 commitments, the police's done 20/10, Phòng KT-HT-ĐT's overdue
         *   plan: task 1 all 4 periods accepted = 100 %, still in progress (the year's evaluation is open);
         *         task 2 as in quarter III
         */
        EngineClock.setTo(YEAR_REPORT);
        ProcessInstance year = draftReturnResubmitApprove("2026", LocalDateTime.of(2026, 12, 16, 10, 0));
        ReportContent whole = store.find(year.getId()).orElseThrow().content();
        assertThat(whole.periodLabel()).isEqualTo("năm 2026");
        assertThat(whole.procedures()).containsExactly(
                procedure(yearBefore, "complaint", 3, 1, 1, 1, 1),
                procedure(yearBefore, "denunciation", 1, 1, 0, 0, 0),
                procedure(yearBefore, "feedback", 3, 2, 1, 0, 0),
                procedure(yearBefore, "citizen-reception", 1, 1, 0, 0, 0));
        assertThat(whole.units()).contains(
                unit(yearBefore, "vp", 3, 2, 0, 0),
                unit(yearBefore, "vhxh", 1, 1, 1, 1),
                unit(yearBefore, "kthtdt", 2, 1, 2, 1));
        assertThat(whole.dialogues()).isEqualTo(dialogues(yearBefore, 1, 2, 1, 1));
        assertThat(whole.tasks().get(0)).isEqualTo(task1Line("Đang thực hiện", 100, List.of(
                "quý I/2026 – " + VHXH + ": Đã ban hành kế hoạch CCHC năm 2026",
                "quý II/2026 – " + VHXH + ": Đã kiểm tra công vụ tại 2 bộ phận",
                "quý III/2026 – " + VHXH + ": Đã khảo sát mức độ hài lòng tại bộ phận một cửa",
                "quý IV/2026 – " + VHXH + ": Đã tổng kết công tác CCHC năm 2026")));
        assertThat(whole.tasks().get(1)).isEqualTo(task2Line());
        assertTheIssuedDocumentShows(year, whole, "năm 2026");

        return year;
    }

    // --- the reports

    /** Started by the office, returned once by the Chairman with comments, resubmitted, approved and registered. */
    private ProcessInstance draftReturnResubmitApprove(String period, LocalDateTime approvedAt) {
        ProcessInstance report = steps.startAs("vhxh.officer", period);
        assertThat(report).isWaitingAt("editReport");
        steps.complete("vhxh.officer", steps.task(report), ReportSteps.narrative("Đánh giá chung về kỳ báo cáo."));
        steps.complete("lanhdao.head", steps.task(report), Map.of("decision", "returned",
                "returnComments", "Bổ sung nguyên nhân nhiệm vụ 2 quá hạn."));
        assertThat(report).isWaitingAt("editReport");
        steps.complete("vhxh.officer", steps.task(report),
                ReportSteps.narrative("Nhiệm vụ 2 quá hạn do chưa rà soát xong các tổ dân phố."));
        EngineClock.setTo(approvedAt);
        steps.approveAndRegister("lanhdao.head", report);
        assertThat(report).isEnded().hasPassed("issueReport");
        return report;
    }

    /** The issued document's tables and dialogue sentence say what the stored content says. */
    private void assertTheIssuedDocumentShows(ProcessInstance report, ReportContent content, String periodLabel) {
        XWPFDocument issued = ReportDocumentTest.open(steps.attachedDocument(report));
        String text = ReportDocumentTest.text(issued);
        assertThat(text).contains(periodLabel, "Nhiệm vụ 2 quá hạn do chưa rà soát xong các tổ dân phố.")
                .doesNotContain("DỰ THẢO");
        ReportContent.DialogueLine dialogues = content.dialogues();
        assertThat(text).contains(("Trong kỳ, tổ chức %d hội nghị đối thoại với Nhân dân; %d nội dung cam kết, "
                + "đã thực hiện %d, quá hạn %d.").formatted(dialogues.held(), dialogues.commitments(), dialogues.commitmentsDone(),
                        dialogues.commitmentsOverdue()));

        XWPFTable procedures = ReportDocumentTest.tableHeaded(issued, "Loại vụ việc");
        for (int i = 0; i < content.procedures().size(); i++) {
            ReportContent.ProcedureLine line = content.procedures().get(i);
            assertThat(ReportDocumentTest.shortened(procedures.getRow(i + 1))).containsExactly(line.name(),
                    String.valueOf(line.received()), String.valueOf(line.resolvedOnTime()),
                    String.valueOf(line.resolvedLate()), String.valueOf(line.pending()),
                    String.valueOf(line.pendingOverdue()));
        }
        XWPFTable units = ReportDocumentTest.tableHeaded(issued, "Đơn vị");
        for (ReportContent.UnitLine line : content.units()) {
            assertThat(units.getRows().stream().skip(1).map(ReportDocumentTest::shortened)).as(line.unitName())
                    .contains(List.of(line.unitName(), String.valueOf(line.resolved()),
                            String.valueOf(line.resolvedOnTime()), line.onTimeRate(), String.valueOf(line.ratings()),
                            String.valueOf(line.satisfied()), line.satisfaction()));
        }
        XWPFTable tasks = ReportDocumentTest.tableHeaded(issued, "TT");
        for (int i = 0; i < content.tasks().size(); i++) {
            ReportContent.TaskLine line = content.tasks().get(i);
            List<String> what = new ArrayList<>(List.of(line.title()));
            line.checklist().forEach(item -> what.add("- " + item));
            List<String> done = new ArrayList<>();
            if (line.doneWork().isEmpty()) {
                done.add("Chưa có báo cáo được chấp nhận.");
            }
            line.doneWork().forEach(item -> done.add("- " + item));
            if (!line.overdueItems().isEmpty()) {
                done.add("Quá hạn:");
                line.overdueItems().forEach(item -> done.add("- " + item));
            }
            assertThat(ReportDocumentTest.shortened(tasks.getRow(i + 1))).containsExactly(String.valueOf(line.number()),
                    String.join("\n", what), line.leadUnits(), line.status() + " (" + line.progressPercent() + "%)",
                    String.join("\n", done));
        }
        // and in the words a reader sees, task 2 as worked out by hand
        assertThat(ReportDocumentTest.cells(tasks.getRow(2)).get(4)).isEqualTo("- quý I/2026 – " + KTHTDT
                + ": Đã rà soát 3 tổ dân phố\nQuá hạn:\n- Báo cáo quý II/2026 của " + KTHTDT
                + " chưa nộp (hạn 15/06/2026)\n- Chưa hoàn thành nhiệm vụ (hạn 30/06/2026)");
    }

    private Figures figuresAt(LocalDateTime reportTime, LocalDate from, LocalDate to) {
        // conferences count once held, by the engine's today: the baseline is taken as the report will be drafted
        EngineClock.setTo(reportTime);
        return wardFigures.between(from, to);
    }

    private static ReportContent.ProcedureLine procedure(Figures before, String processKey, int received, int onTime,
            int late, int pending, int overdue) {
        WardFigures.ProcedureFigures base = before.procedures().stream()
                .filter(procedure -> procedure.processKey().equals(processKey)).findFirst().orElseThrow();
        return new ReportContent.ProcedureLine(processKey, base.name(), base.received() + received,
                base.resolvedOnTime() + onTime, base.resolvedLate() + late, base.pending() + pending,
                base.pendingOverdue() + overdue);
    }

    private static ReportContent.UnitLine unit(Figures before, String unit, int resolved, int onTime, int ratings,
            int satisfied) {
        WardFigures.UnitFigures base = before.units().stream().filter(figures -> figures.unit().equals(unit))
                .findFirst().orElseThrow();
        int allResolved = base.resolved() + resolved;
        int allOnTime = base.resolvedOnTime() + onTime;
        int allRatings = base.ratings() + ratings;
        int allSatisfied = base.satisfied() + satisfied;
        return new ReportContent.UnitLine(base.unitName(), allResolved, allOnTime,
                ReportContents.percent(allOnTime, allResolved), allRatings, allSatisfied,
                ReportContents.percent(allSatisfied, allRatings));
    }

    private static ReportContent.DialogueLine dialogues(Figures before, int held, int commitments, int done,
            int overdue) {
        WardFigures.DialogueFigures base = before.dialogues();
        return new ReportContent.DialogueLine(base.held() + held, base.commitments() + commitments,
                base.commitmentsDone() + done, base.commitmentsOverdue() + overdue);
    }

    private static ReportContent.TaskLine task1Line(String status, int progress, List<String> doneWork) {
        return new ReportContent.TaskLine(1, "Triển khai Kế hoạch cải cách hành chính phường năm 2026", VHXH, status,
                progress, doneWork, List.of("Thực hiện Kế hoạch cải cách hành chính phường năm 2026",
                        "Kiểm tra công vụ, kiểm tra CCHC"), List.of());
    }

    private static ReportContent.TaskLine task2Line() {
        return new ReportContent.TaskLine(2, "Rà soát, công khai danh sách hộ nghèo, hộ cận nghèo năm 2026", KTHTDT,
                "Quá hạn", 50, List.of("quý I/2026 – " + KTHTDT + ": Đã rà soát 3 tổ dân phố"),
                List.of("Rà soát danh sách hộ nghèo, hộ cận nghèo", "Niêm yết công khai danh sách tại các Tổ dân phố"),
                List.of("Báo cáo quý II/2026 của " + KTHTDT + " chưa nộp (hạn 15/06/2026)",
                        "Chưa hoàn thành nhiệm vụ (hạn 30/06/2026)"));
    }

    // --- the activity, driven as the ward's staff do in Tasklist

    private void at(int year, int month, int day) {
        EngineClock.setTo(LocalDateTime.of(year, month, day, 9, 0));
    }

    /**
     * A task of the tests' 2026 plan started as the launcher starts it; support units are left out, as contributions
     * count in no figure.
     */
    private ProcessInstance startPlanTask(int number, String leadUnit, LocalDate deadline, String... periods) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planCode", "KH12");
        variables.put("planYear", 2026);
        variables.put("taskNumber", number);
        variables.put("taskLabel", "Nhiệm vụ " + number);
        variables.put("taskTitle", "Nhiệm vụ " + number + " của Kế hoạch 12/KH-UBND");
        variables.put("leadUnits", new ArrayList<>(List.of(leadUnit)));
        variables.put("supportUnits", new ArrayList<>());
        variables.put("completion", deadline == null ? "ongoing" : "by-date");
        variables.put("deadline", deadline == null ? null : ProcessDeadlines.endOf(deadline));
        variables.put("reportingPeriods", new ArrayList<>(List.of(periods)));
        variables.put("checklist", new ArrayList<>(List.of("Nội dung của nhiệm vụ " + number)));
        variables.put("papiDimension", "2 – Công khai, minh bạch");
        variables.put("launchedBy", "vhxh.head");
        variables.put("dialoguesPerYear", 0);
        variables.put("recordsPublication", false);
        variables.put("electsGroupLeaders", false);
        return runtimeService.startProcessInstanceByKey(PlanTask.PROCESS_KEY,
                "KH12-2026-T%02d".formatted(number), variables);
    }

    /** The period's window opens (its timer runs), the lead unit drafts and submits, the office accepts next day. */
    private void reportOn(ProcessInstance task, String doneWork) {
        Date now = ClockUtil.getCurrentTime();
        // one query per instance: Camunda 7.24's job query writes invalid SQL for activityId with processInstanceIds
        List<Job> windows = instanceTree(runtimeService, task.getId()).stream()
                .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id)
                        .activityId("reportWindowOpens").list().stream())
                .toList();
        assertThat(windows).hasSize(1);
        assertThat(windows.get(0).getDuedate()).isBeforeOrEqualTo(now);
        engine.getManagementService().executeJob(windows.get(0).getId());
        submit(only(task, "draftProgressReport"), Map.of("doneWork", doneWork, "checklistStatus", "Đạt",
                "evidenceLinks", ""));
        submit(only(task, "consolidateReport"), Map.of("doneWork", doneWork));
        EngineClock.setTo(LocalDateTime.ofInstant(now.toInstant(), WorkingCalendar.ZONE).plusDays(1));
        submit(only(task, "reviewReport"), Map.of("decision", "accepted"));
    }

    private void holdTheConference(ProcessInstance dialogue, String group) {
        submit(only(dialogue, "recordDialogue"), Map.of("attendees", 95, "issues", rows(
                row("number", 1, "residentialGroup", group, "content", "Ngõ 9 ngập khi mưa", "unit", "kthtdt",
                        "preparedAnswer", "Nạo vét cống ngõ 9", "answer", "Nạo vét trước 25/09")),
                "commitments", rows(row("unit", "kthtdt", "content", "Nạo vét cống ngõ 9", "deadline", "2026-09-25"),
                        row("unit", "ca", "content", "Tuần tra đêm tại tổ dân phố", "deadline", "2026-12-15"))));
        EngineClock.setTo(LocalDateTime.of(2026, 8, 27, 9, 0));
        submit(only(dialogue, "publishDialogueResults"), Map.of("resultsPublishedOn", "2026-08-27",
                "resultsPublishedWhere", new ArrayList<>(List.of("tru-so-ubnd"))));
    }

    private Task commitmentOf(ProcessInstance dialogue, String unit) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceIdIn(instanceTree(runtimeService, dialogue.getId()).toArray(String[]::new))
                .taskDefinitionKey("fulfilCommitment").taskCandidateGroup(unit).singleResult();
    }

    private void refuseComplaint(ProcessInstance complaint, String day) {
        submit(only(complaint, "decideAcceptance"), Map.of("acceptanceDecision", "refuse",
                "refusalGround", "unsigned", "refusalReasons", "Đơn không có chữ ký hoặc điểm chỉ",
                "noticeNumber", "7/TB-UBND", "noticeDate", day));
    }

    private static Map<String, Object> complaint(String receivedDate, String complainant) {
        return new HashMap<>(Map.of("receivedDate", receivedDate, "complainantName", complainant,
                "complainantAddress", "Tổ dân phố số 4", "subject", "Khiếu nại quyết định xử phạt",
                "content", "Không đồng ý mức phạt"));
    }

    private static Map<String, Object> feedback(String receivedDate, String category, String title, String content) {
        return new HashMap<>(Map.of("receivedDate", receivedDate, "channel", "desk", "category", category,
                "title", title, "content", content, "senderName", "Phí Văn Thành",
                "senderContact", "thanh.phi@example.vn"));
    }

    private String trackingCode(ProcessInstance feedback) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(feedback.getId()).variableName("trackingCode").singleResult().getValue();
    }

    private LocalDate dueDay(ProcessInstance instance, String variable) {
        return ProcessDeadlines.toLocalDate(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(variable).singleResult().getValue());
    }

    private ProcessInstance start(String key, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(key, variables);
    }

    /** The one open task with this key in the instance or any instance it called. */
    private Task only(ProcessInstance instance, String key) {
        return task(instance.getId(), key);
    }

    private void submit(Task task, Map<String, Object> answers) {
        engine.getFormService().submitTaskForm(task.getId(), answers);
    }

}
