package vn.phoyen.workflow.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/**
 * Reads and checks one year's plan: {@code plan.csv} (the document), {@code tasks.csv} (the appendix) and
 * {@code checklist.csv} (what each task reports as done) in one directory. A mistake is refused with the
 * file, the line, the task and the column named, so whoever edits next year's plan can fix it. The files may come from
 * the jar or from an edition in the database; an optional {@code review_note} column of tasks.csv (the draft's note on
 * a low-scored task) is read by people, not by the reader.
 */
final class PlanYearReader {

    /** "Các phòng chuyên môn, cơ quan, đơn vị": every unit that carries out plan work. */
    private static final String ALL_UNITS = "all";
    /** A task that serves every PAPI dimension rather than one (the plan's general tasks). */
    private static final String CROSS_CUTTING = "chung";
    /** The checklist.csv column: yes = the item is published in every residential group, one record each. */
    private static final String PER_RESIDENTIAL_GROUP = "per_residential_group";

    // the code starts every task's business key (KH54-2025-T04), so it keeps to plain letters and digits
    private static final Pattern PLAN_CODE = Pattern.compile("[A-Za-z0-9]+");

    private final Organization organization;

    PlanYearReader(Organization organization) {
        this.organization = organization;
    }

    /** The year's plan from a classpath directory such as "plan/2025". */
    PlanYear read(String directory, int year) {
        return read(PlanDataFiles.onClasspath(directory), year);
    }

    PlanYear read(PlanFiles files, int year) {
        DataRow plan = onlyRow(files);
        String code = plan.required("code");
        if (!PLAN_CODE.matcher(code).matches()) {
            throw plan.error("cột 'code': '%s' chỉ được gồm chữ không dấu và số (ví dụ KH54)".formatted(code));
        }
        String yearValue = plan.required("year");
        if (!yearValue.equals(String.valueOf(year))) {
            throw plan.error("cột 'year': '%s' khác năm của kế hoạch (%d)".formatted(yearValue, year));
        }
        LocalDate effectiveFrom = plan.date("effective_from");
        if (effectiveFrom.getYear() != year) {
            throw plan.error("cột 'effective_from': ngày %s không thuộc năm %d".formatted(effectiveFrom, year));
        }
        LocalDate issued = plan.date("issued");

        List<TaskRow> taskRows = numberedTasks(files);
        Map<Integer, Checklist> checklists = checklists(files, taskRows.size());
        List<PlanTask> tasks = new ArrayList<>();
        for (TaskRow task : taskRows) {
            tasks.add(task(task, year, effectiveFrom, checklists.getOrDefault(task.number(), Checklist.empty())));
        }
        return new PlanYear(code, plan.required("number"), plan.required("title"), plan.required("issuer"), issued,
                effectiveFrom, year, List.copyOf(tasks));
    }

    private static DataRow onlyRow(PlanFiles files) {
        List<DataRow> rows = PlanDataFiles.rows(files, PlanFiles.PLAN);
        if (rows.size() != 1) {
            throw new DataFileException("%s: cần đúng một dòng kế hoạch, hiện có %d"
                    .formatted(files.nameOf(PlanFiles.PLAN), rows.size()));
        }
        return rows.get(0);
    }

    /** The rows of tasks.csv, numbered 1..N in order, so "task 4" means the same in every file and report. */
    private static List<TaskRow> numberedTasks(PlanFiles files) {
        Map<Integer, Integer> lineByNumber = new HashMap<>();
        List<TaskRow> tasks = new ArrayList<>();
        for (DataRow row : PlanDataFiles.rows(files, PlanFiles.TASKS)) {
            TaskRow task = new TaskRow(row, taskNumber(row, "number"));
            Integer firstLine = lineByNumber.putIfAbsent(task.number(), row.line());
            if (firstLine != null) {
                throw task.error("number", "trùng số với nhiệm vụ ở dòng " + firstLine);
            }
            if (task.number() != tasks.size() + 1) {
                throw task.error("number", "cần số %d (các nhiệm vụ đánh số liên tục từ 1)".formatted(tasks.size() + 1));
            }
            tasks.add(task);
        }
        if (tasks.isEmpty()) {
            throw new DataFileException(files.nameOf(PlanFiles.TASKS) + ": chưa có nhiệm vụ nào");
        }
        return tasks;
    }

    /** A task's checklist items, and the rows of those published in every residential group. */
    private record Checklist(List<String> items, List<TaskRow> perGroupRows) {

        static Checklist empty() {
            return new Checklist(new ArrayList<>(), new ArrayList<>());
        }

        Set<String> perResidentialGroup() {
            return Set.copyOf(perGroupRows.stream().map(row -> row.required("item")).toList());
        }
    }

    private static Map<Integer, Checklist> checklists(PlanFiles files, int taskCount) {
        Map<Integer, Checklist> itemsByTask = new HashMap<>();
        for (DataRow row : PlanDataFiles.rows(files, PlanFiles.CHECKLIST)) {
            TaskRow item = new TaskRow(row, taskNumber(row, "task"));
            if (item.number() < 1 || item.number() > taskCount) {
                throw item.error("task", "không có nhiệm vụ này trong tasks.csv");
            }
            Checklist checklist = itemsByTask.computeIfAbsent(item.number(), number -> Checklist.empty());
            String text = item.required("item");
            checklist.items().add(text);
            // an optional column, so that a year's files written before it still read
            if (row.fields().containsKey(PER_RESIDENTIAL_GROUP) && yes(item, PER_RESIDENTIAL_GROUP)) {
                checklist.perGroupRows().add(item);
            }
        }
        return itemsByTask;
    }

    private static int taskNumber(DataRow row, String column) {
        String value = row.required(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw row.error("cột '%s': '%s' không phải số thứ tự nhiệm vụ".formatted(column, value));
        }
    }

    private PlanTask task(TaskRow task, int year, LocalDate effectiveFrom, Checklist checklist) {
        String title = task.required("title");
        List<String> leadColumn = unitColumn(task, "lead", task.required("lead"));
        boolean everyUnitLeads = leadColumn.equals(List.of(ALL_UNITS));
        List<String> leads = everyUnitLeads ? performingUnits() : leadColumn;
        List<String> supports = supportUnits(task, leads, everyUnitLeads);
        String completionCode = task.required("completion");
        Completion completion = Completion.ofCode(completionCode).orElseThrow(() -> task.error("completion",
                "'%s' không hợp lệ (chọn một trong: %s)".formatted(completionCode, Completion.codes())));
        if (checklist.items().isEmpty()) {
            throw task.error("chưa có mục nào trong checklist.csv");
        }
        boolean recordsPublication = yes(task, "records_publication");
        // only a publication is recorded per residential group; the flag would otherwise be silently ignored
        if (!recordsPublication && !checklist.perGroupRows().isEmpty()) {
            throw checklist.perGroupRows().get(0).error(PER_RESIDENTIAL_GROUP,
                    "chỉ dùng cho nhiệm vụ ghi nhận công khai (cột 'records_publication' của tasks.csv)");
        }
        boolean perResidentialGroup = yes(task, "per_residential_group");
        boolean electsGroupLeaders = yes(task, "group_leader_election");
        // the elections are held in the residential groups, which the launch lists only for such a task
        if (electsGroupLeaders && !perResidentialGroup) {
            throw task.error("group_leader_election",
                    "bầu tổ trưởng diễn ra ở từng tổ dân phố, cần ghi yes ở cột 'per_residential_group'");
        }
        return new PlanTask(task.number(), title, leads, supports, completion,
                deadline(task, completion, year, effectiveFrom), papiDimension(task), List.copyOf(checklist.items()),
                dialoguesPerYear(task), perResidentialGroup, recordsPublication, electsGroupLeaders,
                checklist.perResidentialGroup());
    }

    private List<String> supportUnits(TaskRow task, List<String> leads, boolean everyUnitLeads) {
        List<String> supportColumn = unitColumn(task, "support", task.optional("support"));
        if (supportColumn.equals(List.of(ALL_UNITS))) {
            if (everyUnitLeads) {
                throw task.error("support", "không thể là 'all' khi cột 'lead' cũng là 'all'");
            }
            return performingUnits().stream().filter(unit -> !leads.contains(unit)).toList();
        }
        // when every unit leads its own share, a named unit (the supervising office) still helps the others
        if (!everyUnitLeads) {
            supportColumn.stream().filter(leads::contains).findFirst().ifPresent(unit -> {
                throw task.error("support", "đơn vị '%s' đã là đơn vị chủ trì".formatted(unit));
            });
        }
        return supportColumn;
    }

    /** The unit ids of a lead or support column (separated by spaces), or just "all". */
    private List<String> unitColumn(TaskRow task, String column, String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> ids = List.of(value.split("\\s+"));
        if (ids.contains(ALL_UNITS)) {
            if (ids.size() > 1) {
                throw task.error(column, "'all' không đi cùng mã đơn vị khác");
            }
            return ids;
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (organization.unit(id).isEmpty()) {
                throw task.error(column, "đơn vị '%s' không có trong danh sách đơn vị".formatted(id));
            }
            if (id.equals(organization.supervisors().id())) {
                throw task.error(column, "đơn vị '%s' là lãnh đạo phê duyệt, không nhận nhiệm vụ của kế hoạch".formatted(id));
            }
            if (!seen.add(id)) {
                throw task.error(column, "đơn vị '%s' ghi hai lần".formatted(id));
            }
        }
        return ids;
    }

    /** Every unit except the supervisors, who approve the work rather than do it; in the organisation's order. */
    List<String> performingUnits() {
        String supervisors = organization.supervisors().id();
        return organization.units().stream().map(Unit::id).filter(id -> !id.equals(supervisors)).toList();
    }

    private static Optional<LocalDate> deadline(TaskRow task, Completion completion, int year, LocalDate effectiveFrom) {
        String value = task.optional("deadline");
        if (!completion.hasDeadline()) {
            if (!value.isEmpty()) {
                throw task.error("deadline", "nhiệm vụ thường xuyên (completion '%s') không có hạn hoàn thành"
                        .formatted(completion.code()));
            }
            return Optional.empty();
        }
        if (value.isEmpty()) {
            throw task.error("deadline", "cần hạn hoàn thành khi completion là '%s'".formatted(completion.code()));
        }
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw task.error("deadline", "'%s' không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ %d-09-30)"
                    .formatted(value, year));
        }
        if (deadline.getYear() != year) {
            throw task.error("deadline", "ngày %s không thuộc năm kế hoạch %d".formatted(deadline, year));
        }
        if (deadline.isBefore(effectiveFrom)) {
            throw task.error("deadline", "ngày %s trước ngày kế hoạch có hiệu lực (%s)".formatted(deadline, effectiveFrom));
        }
        return Optional.of(deadline);
    }

    private static Optional<PapiDimension> papiDimension(TaskRow task) {
        String value = task.required("papi_dimension");
        if (value.equals(CROSS_CUTTING)) {
            return Optional.empty();
        }
        Optional<PapiDimension> dimension = value.matches("\\d")
                ? PapiDimension.ofNumber(Integer.parseInt(value))
                : Optional.empty();
        return Optional.of(dimension.orElseThrow(() -> task.error("papi_dimension",
                "'%s' không phải chỉ số nội dung PAPI (1 đến 8, hoặc '%s' cho nhiệm vụ chung)".formatted(value, CROSS_CUTTING))));
    }

    private static int dialoguesPerYear(TaskRow task) {
        String value = task.optional("dialogues_per_year");
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.matches("[1-9]\\d{0,2}")) {
            throw task.error("dialogues_per_year", "'%s' không phải số nguyên dương".formatted(value));
        }
        return Integer.parseInt(value);
    }

    /** A flag column: "yes", or empty for no. */
    private static boolean yes(TaskRow task, String column) {
        String value = task.optional(column);
        if (!value.isEmpty() && !value.equals("yes")) {
            throw task.error(column, "'%s' không hợp lệ (ghi yes hoặc để trống)".formatted(value));
        }
        return value.equals("yes");
    }

    /** A row that belongs to a task, so that every error names the task as well as the file and line. */
    private record TaskRow(DataRow row, int number) {

        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw error("cột '%s' bị trống".formatted(column));
            }
            return value;
        }

        String optional(String column) {
            return row.optional(column);
        }

        DataFileException error(String column, String problem) {
            return error("cột '%s': %s".formatted(column, problem));
        }

        DataFileException error(String problem) {
            return row.error("nhiệm vụ %d: %s".formatted(number, problem));
        }
    }
}
