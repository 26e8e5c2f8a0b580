package vn.phoyen.workflow.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.phoyen.workflow.dashboard.WardFigures.DialogueFigures;
import vn.phoyen.workflow.dashboard.WardFigures.Figures;
import vn.phoyen.workflow.dashboard.WardFigures.PlanTaskFigures;
import vn.phoyen.workflow.dashboard.WardFigures.ProcedureFigures;
import vn.phoyen.workflow.dashboard.WardFigures.UnitFigures;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.survey.SurveyResult;
import vn.phoyen.workflow.survey.SurveyResults;

/**
 * Drafts a report's content from the ward's figures: a plain function, so what the report says is tested with
 * figures made by hand. The cases behind each figure are left out on purpose: a report names no complainant and no
 * denouncer, and counts are all it needs.
 */
final class ReportContents {

    /** The procedures whose cases a resident brings; a citizen reception opens one of these, so it is not added in. */
    static final Set<String> CASE_PROCEDURES = Set.of("complaint", "denunciation", "feedback");

    private ReportContents() {
    }

    /**
     * @param planNumber   the number of the plan reported on, e.g. "54/KH-UBND"
     * @param planCitation the plan as the report first cites it
     * @param unitNames a unit's Vietnamese name from its group id ({@code all}: every unit)
     * @param surveys   the satisfaction surveys answered in the period
     */
    static ReportContent draft(Figures figures, ReportPeriod period, String planNumber, String planCitation,
            Function<String, String> unitNames, List<SurveyResult> surveys) {
        return new ReportContent(period.code(), period.label(), period.from(), period.to(), planNumber, planCitation,
                figures.planTasks().stream().map(task -> task(task, unitNames)).toList(),
                figures.procedures().stream().map(ReportContents::procedure).toList(),
                dialogues(figures.dialogues()),
                figures.units().stream().map(ReportContents::unit).toList(),
                surveys.stream().map(ReportContents::survey).toList());
    }

    /** The general assessment the office starts from: the main figures in one paragraph, which it then edits. */
    static String overview(ReportContent content) {
        long done = content.tasks().stream().filter(task -> task.status().equals(status("done"))).count();
        long overdue = content.tasks().stream().filter(task -> task.status().equals(status("overdue"))).count();
        List<ReportContent.ProcedureLine> cases = content.procedures().stream()
                .filter(procedure -> CASE_PROCEDURES.contains(procedure.processKey())).toList();
        return ("Trong %s (từ ngày %s đến ngày %s), %d/%d nhiệm vụ của Kế hoạch đã hoàn thành, %d nhiệm vụ quá hạn. "
                + "Các đơn vị tiếp nhận %d vụ việc khiếu nại, tố cáo, phản ánh, kiến nghị; giải quyết đúng hạn %d, "
                + "quá hạn %d; đang giải quyết %d. Tổ chức %d hội nghị đối thoại với Nhân dân, với %d nội dung cam kết.")
                .formatted(content.periodLabel(), WorkingCalendar.DAY.format(content.from()), WorkingCalendar.DAY.format(content.to()), done,
                        content.tasks().size(), overdue,
                        cases.stream().mapToInt(ReportContent.ProcedureLine::received).sum(),
                        cases.stream().mapToInt(ReportContent.ProcedureLine::resolvedOnTime).sum(),
                        cases.stream().mapToInt(ReportContent.ProcedureLine::resolvedLate).sum(),
                        cases.stream().mapToInt(ReportContent.ProcedureLine::pending).sum(),
                        content.dialogues().held(), content.dialogues().commitments());
    }

    /** The dashboard's status codes in the report's words. */
    static String status(String code) {
        return switch (code) {
            case "not-started" -> "Chưa triển khai";
            case "in-progress" -> "Đang thực hiện";
            case "done" -> "Hoàn thành";
            case "overdue" -> "Quá hạn";
            default -> throw new IllegalArgumentException("trạng thái nhiệm vụ không rõ: " + code);
        };
    }

    /** "87,5%" for 7 of 8; "–" when there is nothing to divide by. */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return format.format(100.0 * part / whole) + "%";
    }

    private static ReportContent.TaskLine task(PlanTaskFigures task, Function<String, String> unitNames) {
        return new ReportContent.TaskLine(task.number(), task.title(),
                task.leadUnits().stream().map(unitNames).collect(Collectors.joining("; ")), status(task.status()),
                task.progressPercent(), List.copyOf(task.doneWork()), List.copyOf(task.checklist()),
                List.copyOf(task.overdueItems()));
    }

    private static ReportContent.ProcedureLine procedure(ProcedureFigures procedure) {
        return new ReportContent.ProcedureLine(procedure.processKey(), procedure.name(), procedure.received(), procedure.resolvedOnTime(),
                procedure.resolvedLate(), procedure.pending(), procedure.pendingOverdue());
    }

    private static ReportContent.DialogueLine dialogues(DialogueFigures dialogues) {
        return new ReportContent.DialogueLine(dialogues.held(), dialogues.commitments(), dialogues.commitmentsDone(),
                dialogues.commitmentsOverdue());
    }

    private static ReportContent.SurveyLine survey(SurveyResult survey) {
        return new ReportContent.SurveyLine(survey.quarterLabel(), survey.areaLabel(), survey.unitName(),
                survey.respondents(), survey.factors().stream().map(factor -> SurveyResults.percent(factor.percent())
                        + " (" + factor.answers() + ")").toList(),
                SurveyResults.percent(survey.overall().percent()) + " (" + survey.overall().answers() + ")");
    }

    private static ReportContent.UnitLine unit(UnitFigures unit) {
        return new ReportContent.UnitLine(unit.unitName(), unit.resolved(), unit.resolvedOnTime(),
                percent(unit.resolvedOnTime(), unit.resolved()), unit.ratings(), unit.satisfied(),
                percent(unit.satisfied(), unit.ratings()));
    }
}
