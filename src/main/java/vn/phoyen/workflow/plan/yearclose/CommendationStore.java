package vn.phoyen.workflow.plan.yearclose;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table {@code ward_unit_commendation}: one row per year and unit, written once when the Chairman decides. */
@Component
class CommendationStore {

    private final JdbcTemplate jdbc;

    CommendationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the engine's transaction: a second close of the year breaks the table's key and rolls the step back. */
    void save(List<Commendation> commendations, String processInstanceId) {
        for (Commendation commendation : commendations) {
            jdbc.update("INSERT INTO ward_unit_commendation (plan_year, unit, decision, grounds, mean_score, "
                            + "decided_by, decided_on, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    commendation.year(), commendation.unit(), commendation.decision().code(),
                    commendation.grounds().isEmpty() ? null : commendation.grounds(), commendation.meanScore(),
                    commendation.decidedBy(), commendation.decidedOn(), processInstanceId);
        }
    }

    /** The day the year's decision was recorded, empty while it is not closed. */
    Optional<LocalDate> decidedOn(int year) {
        return jdbc.queryForList("SELECT MAX(decided_on) FROM ward_unit_commendation WHERE plan_year = ?",
                LocalDate.class, year).stream().filter(day -> day != null).findFirst();
    }

    List<Commendation> of(int year) {
        return jdbc.query("SELECT plan_year, unit, decision, grounds, mean_score, decided_by, decided_on "
                        + "FROM ward_unit_commendation WHERE plan_year = ? ORDER BY id", (row, index) -> new Commendation(
                        row.getInt("plan_year"), row.getString("unit"),
                        Proposal.ofCode(row.getString("decision")).orElseThrow(),
                        row.getString("grounds") == null ? "" : row.getString("grounds"),
                        row.getObject("mean_score") == null ? null : row.getDouble("mean_score"),
                        row.getString("decided_by"), row.getObject("decided_on", LocalDate.class)),
                year);
    }
}
