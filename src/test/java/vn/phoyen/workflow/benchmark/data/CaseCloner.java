package vn.phoyen.workflow.benchmark.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.benchmark.data.TemplateCases.Template;

/**
 * Copies every row a real case left in the database (PostgreSQL), in SQL: {@code INSERT … SELECT} over
 * {@code generate_series}, one statement per table and chunk, so a million cases take minutes. The tables are found in
 * the schema, not listed: every engine table holding the case's runtime, history or authorizations and every ward table
 * with a {@code process_instance_id}, so the copies follow whatever the models and the engine's configuration write.
 * Each copy {@code n} gets
 * <ul>
 * <li>new ids: every id column naming a row of the case ({@link #IDS}) becomes the UUID-shaped {@code md5(n/id)}, the
 * same function everywhere, so the copies refer to each other as the original's rows do;</li>
 * <li>its days moved: every date and timestamp, date variables and {@code yyyy-MM-dd} text variables shifted by the
 * days between the template's day and the copy's;</li>
 * <li>its lead unit, when the template has one: the unit, its heads' group and its officer and head in groups,
 * assignees, authorizations and variables;</li>
 * <li>when spread over {@code wards} wards, its ward: in all but one ward of each {@code wards}, every unit, heads' group,
 * officer and head of {@link #UNITS} named in it gets the prefix {@code w<k>-}, as if another ward's staff held it;</li>
 * <li>its own case number in the business key, names and variables, and its own tracking code.</li>
 * </ul>
 */
final class CaseCloner {

    static final List<String> UNITS = List.of("vp", "kthtdt", "ttdvth", "ca", "mttq", "vhxh");

    /** Columns naming a row of the case (its instance, executions, tasks, activities, variables, byte arrays, …). */
    static final Set<String> IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_", "task_id_",
            "act_inst_id_", "parent_act_inst_id_", "call_proc_inst_id_", "super_process_instance_id_", "super_exec_",
            "parent_id_", "parent_task_id_", "bytearray_id_", "var_inst_id_", "var_scope_", "process_instance_id_",
            "exception_stack_id_", "job_id_", "operation_id_", "cause_incident_id_", "root_cause_incident_id_",
            "resource_id_", "dec_inst_id_", "root_dec_inst_id_", "content_id_", "process_instance_id",
            "job_exception_stack_id_");

    /** Columns naming a person or a group. */
    static final Set<String> PEOPLE = Set.of("assignee_", "owner_", "user_id_", "group_id_", "start_user_id_",
            "unit", "lead_unit");

    /** Free text that may carry the case number. */
    static final Set<String> TEXTS = Set.of("business_key_", "name_", "description_", "case_number", "title_",
            "message_");

    private record Column(String name, String type) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, List<Column>> tables = new LinkedHashMap<>();

    CaseCloner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        Map<String, List<Column>> all = new LinkedHashMap<>();
        jdbc.query("SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns"
                + " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position", row -> {
                    if (!"YES".equals(row.getString("is_identity"))) {
                        all.computeIfAbsent(row.getString("table_name"), table -> new ArrayList<>())
                                .add(new Column(row.getString("column_name"), row.getString("data_type")));
                    }
                });
        // parents before children (the engine's foreign keys)
        for (String table : List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task", "act_ru_identitylink",
                "act_ru_variable", "act_ru_event_subscr", "act_ru_job", "act_ru_incident", "act_ru_ext_task",
                "act_ru_authorization")) {
            tables.put(table, all.get(table));
        }
        all.forEach((table, columns) -> {
            Set<String> names = columns.stream().map(Column::name).collect(Collectors.toSet());
            if (table.startsWith("act_hi_") && (names.contains("root_proc_inst_id_") || names.contains("proc_inst_id_"))
                    || table.startsWith("ward_") && names.contains("process_instance_id")) {
                tables.put(table, columns);
            }
        });
    }

    /**
     * Drops the secondary indexes of the history and ward tables (none backs a constraint or a foreign key) and returns
     * their definitions: a million cases load several times faster without them, and {@link #rebuild} makes them again
     * as the engine and the migrations defined them.
     */
    List<String> dropHistoryIndexes() {
        List<String> definitions = jdbc.queryForList("SELECT indexdef FROM pg_indexes i WHERE schemaname ="
                + " current_schema() AND (tablename LIKE 'act\\_hi\\_%' OR tablename LIKE 'ward\\_%')"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = CAST(i.schemaname || '.' ||"
                + " i.indexname AS regclass))", String.class);
        jdbc.queryForList("SELECT indexname FROM pg_indexes i WHERE schemaname = current_schema() AND (tablename LIKE"
                + " 'act\\_hi\\_%' OR tablename LIKE 'ward\\_%') AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                + " WHERE c.conindid = CAST(i.schemaname || '.' || i.indexname AS regclass))", String.class)
                .forEach(index -> jdbc.execute("DROP INDEX " + index));
        return definitions;
    }

    void rebuild(List<String> definitions) {
        definitions.forEach(jdbc::execute);
    }

    /**
     * Copies the template {@code count} times as copies {@code first … first+count-1}, the copies' days spread evenly
     * from {@code from} over {@code days} days, their lead unit taken in turn from {@link #UNITS} when
     * {@code otherUnits}, spread over {@code wards} wards (1: all in this ward), without the tables in
     * {@code leftOut}; returns the rows written.
     */
    long copy(Template template, long first, int count, LocalDate from, int days, boolean otherUnits,
            long firstOfTemplate, int wards, Set<String> leftOut) {
        List<String> instances = jdbc.queryForList(
                "SELECT id_ FROM act_hi_procinst WHERE root_proc_inst_id_ = ?", String.class, template.processInstanceId());
        List<String> tasks = jdbc.queryForList(
                "SELECT id_ FROM act_hi_taskinst WHERE root_proc_inst_id_ = ?", String.class, template.processInstanceId());
        List<String> byteArrays = jdbc.queryForList("SELECT bytearray_id_ FROM act_ru_variable WHERE bytearray_id_ IS NOT"
                + " NULL AND proc_inst_id_ IN (" + list(instances) + ")", String.class);
        LocalDate day = jdbc.queryForObject("SELECT CAST(start_time_ AS DATE) FROM act_hi_procinst WHERE id_ = ?",
                LocalDate.class, template.processInstanceId());
        String copies = copies(template, first, count, from, days, otherUnits, day, wards);
        long rows = 0;
        for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
            String where = where(table.getKey(), table.getValue(), template.processInstanceId(), instances, tasks,
                    byteArrays);
            if (where == null || leftOut.contains(table.getKey())) {
                continue;
            }
            String columns = table.getValue().stream().map(Column::name).collect(Collectors.joining(", "));
            String values = table.getValue().stream().map(column -> value(table.getKey(), column, table.getValue(),
                    template, wards > 1)).collect(Collectors.joining(", "));
            int written = jdbc.update("INSERT INTO " + table.getKey() + " (" + columns + ") SELECT " + values + " FROM "
                    + table.getKey() + " t CROSS JOIN (" + copies + ") c WHERE " + where
                    // a grant to the template's lead unit and one to vp are one grant in a copy led by vp
                    + (table.getKey().equals("act_ru_authorization") ? " ON CONFLICT DO NOTHING" : ""));
            if (first == firstOfTemplate && written > 0) {
                System.out.printf("benchmark:   %s: %d rows per case%n", table.getKey(), written / count);
            }
            rows += written;
        }
        return rows;
    }

    /** One row per copy: its number, days to shift, lead unit, ward prefix, case number and tracking code. */
    private static String copies(Template template, long first, int count, LocalDate from, int days,
            boolean otherUnits, LocalDate templateDay, int wards) {
        String copyDay = "(DATE '" + from + "' + CAST((g - " + first + ") * " + days + " / " + count + " AS INTEGER))";
        String unit = otherUnits ? "(ARRAY['" + String.join("','", UNITS) + "'])[1 + CAST(g % " + UNITS.size()
                + " AS INTEGER)]" : literal(template.unit());
        String prefix = template.businessKey() == null ? "X" : template.businessKey().substring(0,
                template.businessKey().indexOf('-'));
        // ZZZZZZ + one letter per template + the copy's number in five letters of the codes' alphabet
        StringBuilder code = new StringBuilder("'ZZZZZZ' || substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', "
                + (1 + Math.floorMod(template.name().hashCode(), 32)) + ", 1)");
        for (int digit = 4; digit >= 0; digit--) {
            code.append(" || substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', CAST(1 + (g / ").append(1L << (5 * digit))
                    .append(") % 32 AS INTEGER), 1)");
        }
        // the ward follows every sixth copy, so each ward gets each lead unit in turn
        String ward = "CASE WHEN (g / " + UNITS.size() + ") % " + wards + " = 0 THEN '' ELSE 'w' || CAST((g / "
                + UNITS.size() + ") % " + wards + " AS TEXT) || '-' END";
        return "SELECT g AS n, " + copyDay + " - DATE '" + templateDay + "' AS shift, " + unit + " AS unit, " + ward
                + " AS ward, '" + prefix
                + "-' || EXTRACT(YEAR FROM " + copyDay + ") || '-' || lpad(CAST(g AS TEXT), 7, '0') AS case_number, "
                + code + " AS code FROM generate_series(" + first + ", " + (first + count - 1) + ") g";
    }

    /** The template's rows of the table; null for a table it has none in. */
    private static String where(String table, List<Column> columns, String root, List<String> instances,
            List<String> tasks, List<String> byteArrays) {
        Set<String> names = columns.stream().map(Column::name).collect(Collectors.toSet());
        if (table.equals("act_ru_authorization")) {
            List<String> resources = new ArrayList<>(instances);
            resources.addAll(tasks);
            return "t.resource_id_ IN (" + list(resources) + ")";
        }
        if (table.equals("act_ge_bytearray")) {
            return "(t.root_proc_inst_id_ = " + literal(root) + (byteArrays.isEmpty() ? ""
                    : " OR t.id_ IN (" + list(byteArrays) + ")") + ")";
        }
        if (table.equals("act_ru_identitylink")) {
            return tasks.isEmpty() ? null : "t.task_id_ IN (" + list(tasks) + ")";
        }
        // not every runtime row carries the root (an execution below the instance's does not)
        if (names.contains("root_proc_inst_id_") && !table.startsWith("act_ru_")) {
            return "t.root_proc_inst_id_ = " + literal(root);
        }
        for (String column : List.of("proc_inst_id_", "process_instance_id_", "process_instance_id")) {
            if (names.contains(column)) {
                return "t." + column + " IN (" + list(instances) + ")";
            }
        }
        return null;
    }

    private static String value(String table, Column column, List<Column> columns, Template template,
            boolean inWards) {
        String name = column.name();
        String t = "t." + name;
        if (name.equals("tracking_code")) {
            return "c.code";
        }
        if (IDS.contains(name)) {
            return "CASE WHEN " + t + " IS NULL THEN NULL ELSE CAST(CAST(md5(c.n || '/' || " + t
                    + ") AS UUID) AS TEXT) END";
        }
        if (column.type().startsWith("timestamp")) {
            return t + " + c.shift * INTERVAL '1 day'";
        }
        if (column.type().equals("date")) {
            return t + " + c.shift";
        }
        if (PEOPLE.contains(name)) {
            return person(t, template, inWards);
        }
        if (name.equals("text_")) {
            String code = template.trackingCode() == null ? "" : " WHEN " + t + " = " + literal(template.trackingCode())
                    + " THEN c.code";
            return "CASE WHEN " + t + " ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN to_char(CAST(" + t
                    + " AS DATE) + c.shift, 'YYYY-MM-DD')" + code + " ELSE " + caseNumber(person(t, template, inWards), template)
                    + " END";
        }
        if (name.equals("long_")) {
            Set<String> names = columns.stream().map(Column::name).collect(Collectors.toSet());
            String type = names.contains("var_type_") ? "var_type_" : names.contains("type_") ? "type_" : null;
            return type == null || table.equals("act_ge_bytearray") ? t
                    : "CASE WHEN t." + type + " = 'date' THEN " + t + " + c.shift * CAST(86400000 AS BIGINT) ELSE " + t + " END";
        }
        if (TEXTS.contains(name)) {
            return caseNumber(t, template);
        }
        return t;
    }

    private static String person(String value, Template template, boolean inWards) {
        String person = template.unit() == null ? value : leadUnitsPerson(value, template);
        if (!inWards) {
            return person;
        }
        String staff = UNITS.stream().flatMap(unit -> Stream.of(unit, unit + "-heads", unit + ".officer", unit + ".head"))
                .map(CaseCloner::literal).collect(Collectors.joining(", "));
        return "CASE WHEN " + person + " IN (" + staff + ") THEN c.ward || " + person + " ELSE " + person + " END";
    }

    private static String leadUnitsPerson(String value, Template template) {
        String unit = literal(template.unit());
        return "CASE " + value + " WHEN " + unit + " THEN c.unit WHEN " + literal(template.unit() + "-heads")
                + " THEN c.unit || '-heads' WHEN " + literal(template.unit() + ".officer")
                + " THEN c.unit || '.officer' WHEN " + literal(template.unit() + ".head") + " THEN c.unit || '.head'"
                + " ELSE " + value + " END";
    }

    private static String caseNumber(String value, Template template) {
        return template.businessKey() == null ? value
                : "replace(" + value + ", " + literal(template.businessKey()) + ", c.case_number)";
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "NULL" : values.stream().map(CaseCloner::literal).collect(Collectors.joining(", "));
    }

    private static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
