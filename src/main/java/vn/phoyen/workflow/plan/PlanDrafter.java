package vn.phoyen.workflow.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import vn.phoyen.workflow.referencedata.DataRow;

/**
 * Drafts next year's plan files from this year's ("Trên cơ sở phân tích, đánh giá kết quả năm 2025 xây dựng Kế hoạch …
 * năm 2026"): the same code and issuer, the title's year moved on, number and date of issue left for the issue,
 * effect from 1 January; every task carried over as written (units as the source wrote them, "all" included) with its
 * deadline moved one year, a task whose mean year-end score is below the ward's threshold noted for review; the
 * checklist carried over. Works on the files' texts, so what the office wrote stays as written.
 */
final class PlanDrafter {

    static final String REVIEW_NOTE = "review_note";

    private static final String PLAN_COMMENTS = """
            # Kế hoạch của năm: một dòng. code là tiền tố mã hồ sơ của các nhiệm vụ (KH54-2026-T04); chỉ gồm chữ không dấu và số.
            # number, issued: số, ký hiệu và ngày ban hành, do văn thư ghi khi ban hành (để trống ở bản dự thảo).
            # effective_from: ngày kế hoạch có hiệu lực; các kỳ báo cáo kết thúc trước ngày này không phải báo cáo.
            """;
    private static final String TASKS_COMMENTS = """
            # Phụ lục kế hoạch: các nhiệm vụ trọng tâm, mang sang từ kế hoạch năm trước; sửa, thêm, bớt theo kế hoạch mới.
            # number: số thứ tự, liên tục từ 1
            # lead, support: cơ quan chủ trì, cơ quan phối hợp — mã đơn vị (organization/units.csv) cách nhau bởi dấu cách,
            #   hoặc all = "Các phòng chuyên môn, cơ quan, đơn vị"
            # completion: ongoing | by-date | within-year; deadline: hạn hoàn thành yyyy-MM-dd (by-date, within-year)
            # papi_dimension: 1 đến 8, hoặc chung; dialogues_per_year, per_residential_group, records_publication,
            #   group_leader_election: như kế hoạch năm trước (README, "The plan as yearly data")
            # review_note: ghi chú của bản dự thảo về nhiệm vụ có điểm bình quân năm trước thấp; không ảnh hưởng việc chạy kế hoạch
            """;

    private PlanDrafter() {
    }

    /**
     * Next year's files.
     *
     * @param source   this year's files, as read for {@code plan}
     * @param plan     this year's plan, read and checked from {@code source}
     * @param scores   this year's year-end scores
     * @param lowScore a task whose mean score is below it is noted for review
     */
    static PlanFiles draft(PlanFiles source, PlanYear plan, List<YearScores.UnitScore> scores, int lowScore) {
        int year = plan.year() + 1;
        List<String> planLines = new ArrayList<>();
        planLines.add("code,number,issued,effective_from,year,title,issuer");
        planLines.add(csv(List.of(plan.code(), "", "", LocalDate.of(year, 1, 1).toString(), String.valueOf(year),
                plan.title().replaceAll("(?<!\\d)" + plan.year() + "(?!\\d)", String.valueOf(year)), plan.issuer())));

        List<DataRow> taskRows = PlanDataFiles.rows(source, PlanFiles.TASKS);
        List<String> header = new ArrayList<>(taskRows.get(0).fields().keySet());
        if (!header.contains(REVIEW_NOTE)) {
            header.add(REVIEW_NOTE);
        }
        List<String> taskLines = new ArrayList<>();
        taskLines.add(String.join(",", header));
        for (DataRow row : taskRows) {
            int number = Integer.parseInt(row.required("number"));
            List<String> values = new ArrayList<>();
            for (String column : header) {
                values.add(switch (column) {
                    case "deadline" -> movedOn(row.optional(column));
                    case REVIEW_NOTE -> reviewNote(YearScores.meanOfTask(scores, number), plan.year(), lowScore);
                    default -> row.fields().get(column);
                });
            }
            taskLines.add(csv(values));
        }
        return new PlanFiles(PlanCatalog.DIRECTORY + "/" + year, PlanEditionStore.DRAFT_SOURCE, Map.of(
                PlanFiles.PLAN, PLAN_COMMENTS + lines(planLines),
                PlanFiles.TASKS, TASKS_COMMENTS + lines(taskLines),
                PlanFiles.CHECKLIST, source.text(PlanFiles.CHECKLIST)));
    }

    /** The files with the number and date of issue written into plan.csv (the clerk's number, the approval day). */
    static PlanFiles withIssue(PlanFiles draft, String numberSymbol, LocalDate issuedOn) {
        List<DataRow> rows = PlanDataFiles.rows(draft, PlanFiles.PLAN);
        if (rows.size() != 1) {
            // the reader refuses such a file, naming it
            return draft;
        }
        DataRow row = rows.get(0);
        List<String> header = new ArrayList<>(row.fields().keySet());
        List<String> values = header.stream().map(column -> switch (column) {
            case "number" -> numberSymbol;
            case "issued" -> issuedOn.toString();
            default -> row.fields().get(column);
        }).toList();
        String comments = draft.text(PlanFiles.PLAN).lines().filter(line -> line.stripLeading().startsWith("#"))
                .map(line -> line + "\n").collect(Collectors.joining());
        return draft.with(PlanFiles.PLAN, comments + lines(List.of(String.join(",", header), csv(values))));
    }

    /** One year on; 29 February becomes 28 February. */
    private static String movedOn(String deadline) {
        return deadline.isEmpty() ? "" : LocalDate.parse(deadline).plusYears(1).toString();
    }

    /** "Điểm bình quân năm 2025: 45/100 – cần xem lại" below the threshold; empty otherwise or when not scored. */
    static String reviewNote(OptionalDouble mean, int year, int lowScore) {
        if (mean.isEmpty() || mean.getAsDouble() >= lowScore) {
            return "";
        }
        double value = mean.getAsDouble();
        String shown = value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.forLanguageTag("vi"), "%.1f", value);
        return "Điểm bình quân năm %d: %s/100 – cần xem lại".formatted(year, shown);
    }

    private static String lines(List<String> lines) {
        return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
    }

    /** A CSV line: a value holding a comma, a quote or spaces at its ends is quoted, its quotes doubled. */
    private static String csv(List<String> values) {
        return values.stream().map(value -> value.contains(",") || value.contains("\"") || !value.equals(value.strip())
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value).collect(Collectors.joining(","));
    }
}
