package vn.phoyen.workflow.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Table {@code ward_plan_edition}: each year's edition made in the system, as draft and once issued. */
@Component
class PlanEditionStore implements IssuedPlans {

    static final String DRAFT = "draft";
    static final String ISSUED = "issued";
    /** The files' names after the directory: a draft's errors say which copy they are about. */
    static final String DRAFT_SOURCE = " (bản dự thảo)";
    static final String ISSUED_SOURCE = " (bản đã ban hành)";

    private static final Map<String, String> COLUMNS = Map.of(PlanFiles.PLAN, "plan_csv", PlanFiles.TASKS,
            "tasks_csv", PlanFiles.CHECKLIST, "checklist_csv");

    private final JdbcTemplate jdbc;

    PlanEditionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An edition: its status, files, the instance that made it and, once issued, the document. */
    record Edition(int year, String status, PlanFiles files, String processInstanceId, Optional<String> numberSymbol,
            Optional<byte[]> document) {

        boolean draft() {
            return DRAFT.equals(status);
        }
    }

    Optional<Edition> find(int year) {
        return jdbc.query("SELECT status, plan_csv, tasks_csv, checklist_csv, process_instance_id, number_symbol, "
                + "document FROM ward_plan_edition WHERE plan_year = ?", (row, index) -> {
                    String status = row.getString("status");
                    PlanFiles files = new PlanFiles(PlanCatalog.DIRECTORY + "/" + year,
                            DRAFT.equals(status) ? DRAFT_SOURCE : ISSUED_SOURCE,
                            Map.of(PlanFiles.PLAN, row.getString("plan_csv"), PlanFiles.TASKS,
                                    row.getString("tasks_csv"), PlanFiles.CHECKLIST, row.getString("checklist_csv")));
                    return new Edition(year, status, files, row.getString("process_instance_id"),
                            Optional.ofNullable(row.getString("number_symbol")),
                            Optional.ofNullable(row.getBytes("document")));
                }, year).stream().findFirst();
    }

    @Override
    public Optional<Instant> issuedAt(int year) {
        return jdbc.queryForList("SELECT issued_at FROM ward_plan_edition WHERE plan_year = ? AND status = ?",
                Timestamp.class, year, ISSUED).stream().findFirst().map(Timestamp::toInstant);
    }

    @Override
    public PlanFiles files(int year) {
        return find(year).orElseThrow(() -> new UnknownPlanYearException(year)).files();
    }

    void insertDraft(int year, PlanFiles files, String processInstanceId, Instant now) {
        jdbc.update("INSERT INTO ward_plan_edition (plan_year, status, plan_csv, tasks_csv, checklist_csv, "
                        + "process_instance_id, drafted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                year, DRAFT, files.text(PlanFiles.PLAN), files.text(PlanFiles.TASKS), files.text(PlanFiles.CHECKLIST),
                processInstanceId, Timestamp.from(now), Timestamp.from(now));
    }

    void deleteDraft(int year) {
        jdbc.update("DELETE FROM ward_plan_edition WHERE plan_year = ? AND status = ?", year, DRAFT);
    }

    /** Replaces one file of a draft; false when the year has no draft (none, or issued meanwhile). */
    boolean saveDraftFile(int year, String file, String text, Instant now) {
        return jdbc.update("UPDATE ward_plan_edition SET " + COLUMNS.get(file) + " = ?, updated_at = ? "
                + "WHERE plan_year = ? AND status = ?", text, Timestamp.from(now), year, DRAFT) == 1;
    }

    void saveIssued(int year, PlanFiles files, int registerNumber, String numberSymbol, LocalDate issuedOn,
            String signedBy, byte[] document, Instant now) {
        int updated = jdbc.update("UPDATE ward_plan_edition SET status = ?, plan_csv = ?, register_year = ?, "
                        + "register_number = ?, number_symbol = ?, issued_on = ?, signed_by = ?, document = ?, "
                        + "updated_at = ?, issued_at = ? WHERE plan_year = ? AND status = ?",
                ISSUED, files.text(PlanFiles.PLAN), issuedOn.getYear(), registerNumber, numberSymbol, issuedOn,
                signedBy, document, Timestamp.from(now), Timestamp.from(now), year, DRAFT);
        if (updated != 1) {
            throw new IllegalStateException("không có dự thảo kế hoạch năm " + year + " để ban hành");
        }
    }

    /** The highest number of the series this system has issued in {@code registerYear}, 0 before the first. */
    int lastNumber(int registerYear) {
        Integer last = jdbc.queryForObject("SELECT MAX(register_number) FROM ward_plan_edition WHERE register_year = ?",
                Integer.class, registerYear);
        return last == null ? 0 : last;
    }

    /** The plan year of the edition issued with {@code number} in {@code registerYear}, if any. */
    Optional<Integer> yearNumbered(int registerYear, int number) {
        return jdbc.queryForList("SELECT plan_year FROM ward_plan_edition WHERE register_year = ? AND register_number = ?",
                Integer.class, registerYear, number).stream().findFirst();
    }
}
