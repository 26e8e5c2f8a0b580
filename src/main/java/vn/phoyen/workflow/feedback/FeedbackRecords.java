package vn.phoyen.workflow.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read model of feedback cases (table {@code ward_feedback}, db/migration). Writes join the caller's
 * transaction, i.e. the engine's step that moves the case, so table and case never disagree.
 */
@Component
class FeedbackRecords {

    /** One case as the read model holds it. */
    record Row(String trackingCode, String caseNumber, String processInstanceId, String category, String title,
            String fingerprint, String senderName, String senderContact, String leadUnit, LocalDate receivedDate,
            LocalDate dueDate, FeedbackStatus status, String mergedInto, String answer, Instant publishedAt,
            Instant ratingClosesAt, Integer ratingScore, String ratingComment, Instant ratedAt) {
    }

    /** An open case as the duplicate check compares it, its text split into words once (OpenCases keeps many). */
    record OpenCase(String processInstanceId, String caseNumber, String category, String title, SimilarText text,
            LocalDate receivedDate) {

        /** Received earlier first; on one day the lower number (taken in order; past 9999 a number grows a digit). */
        static final Comparator<OpenCase> OLDEST_FIRST = Comparator.comparing(OpenCase::receivedDate)
                .thenComparingInt(open -> open.caseNumber().length()).thenComparing(OpenCase::caseNumber);
    }

    /** A unit's ratings in a period, as the satisfaction index counts them. */
    record RatingCount(String leadUnit, int ratings, int satisfied) {
    }

    private static final String COLUMNS = "tracking_code, case_number, process_instance_id, category, title, "
            + "fingerprint, sender_name, sender_contact, lead_unit, received_date, due_date, status, merged_into, "
            + "answer, published_at, rating_closes_at, rating_score, rating_comment, rated_at";

    private final JdbcTemplate jdbc;

    FeedbackRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.update("INSERT INTO ward_feedback (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)", row.trackingCode(), row.caseNumber(), row.processInstanceId(), row.category(),
                row.title(), row.fingerprint(), row.senderName(), row.senderContact(), row.leadUnit(),
                row.receivedDate(), row.dueDate(), row.status().code(), row.mergedInto(), row.answer(),
                timestamp(row.publishedAt()), timestamp(row.ratingClosesAt()), row.ratingScore(), row.ratingComment(),
                timestamp(row.ratedAt()));
    }

    Optional<Row> byTrackingCode(String trackingCode) {
        return one("tracking_code", trackingCode);
    }

    Optional<Row> byCaseNumber(String caseNumber) {
        return one("case_number", caseNumber);
    }

    Optional<Row> byProcessInstance(String processInstanceId) {
        return one("process_instance_id", processInstanceId);
    }

    /** The intake order of the case registered last (0 when there is none). */
    long lastIntakeOrder() {
        Long last = jdbc.queryForObject("SELECT MAX(intake_order) FROM ward_feedback", Long.class);
        return last == null ? 0 : last;
    }

    /** Cases that nobody has answered yet (the ones a new feedback may repeat), registered in the given span. */
    List<OpenCase> openRegistered(long after, long upTo) {
        return jdbc.query("SELECT process_instance_id, case_number, category, title, fingerprint, received_date "
                + "FROM ward_feedback WHERE intake_order > ? AND intake_order <= ? AND status IN (?, ?)",
                (row, number) -> new OpenCase(row.getString("process_instance_id"), row.getString("case_number"),
                        row.getString("category"), row.getString("title"), SimilarText.of(row.getString("fingerprint")),
                        row.getObject("received_date", LocalDate.class)),
                after, upTo, FeedbackStatus.RECEIVED.code(), FeedbackStatus.IN_PROGRESS.code());
    }

    /** Whether the case is still among the open ones (false when it is not in the read model at all). */
    boolean isOpen(String processInstanceId) {
        return !jdbc.queryForList("SELECT 1 FROM ward_feedback WHERE process_instance_id = ? AND status IN (?, ?)",
                Integer.class, processInstanceId, FeedbackStatus.RECEIVED.code(), FeedbackStatus.IN_PROGRESS.code())
                .isEmpty();
    }

    /** Cases merged into the given one. */
    List<Row> mergedInto(String caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ward_feedback WHERE merged_into = ? ORDER BY case_number",
                FeedbackRecords::row, caseNumber);
    }

    void status(String processInstanceId, FeedbackStatus status) {
        jdbc.update("UPDATE ward_feedback SET status = ? WHERE process_instance_id = ?", status.code(),
                processInstanceId);
    }

    void dueDate(String processInstanceId, LocalDate dueDate) {
        jdbc.update("UPDATE ward_feedback SET due_date = ? WHERE process_instance_id = ?", dueDate, processInstanceId);
    }

    void merge(String processInstanceId, String originalCaseNumber) {
        jdbc.update("UPDATE ward_feedback SET status = ?, merged_into = ? WHERE process_instance_id = ?",
                FeedbackStatus.MERGED.code(), originalCaseNumber, processInstanceId);
    }

    /**
     * A case ends: closed, unless it was merged (it stays merged, pointing at the original), rejected at triage or
     * transferred to the competent body (the sender must keep reading where it went).
     */
    void close(String processInstanceId) {
        jdbc.update("UPDATE ward_feedback SET status = ? WHERE process_instance_id = ? AND status NOT IN (?, ?, ?)",
                FeedbackStatus.CLOSED.code(), processInstanceId, FeedbackStatus.MERGED.code(),
                FeedbackStatus.REJECTED.code(), FeedbackStatus.TRANSFERRED.code());
    }

    /** The status with the notice the sender reads on the residents' page (null: no notice). */
    void notice(String processInstanceId, FeedbackStatus status, String notice) {
        jdbc.update("UPDATE ward_feedback SET status = ?, notice = ? WHERE process_instance_id = ?", status.code(),
                notice, processInstanceId);
    }

    /** The notice of the receiving office to the sender, if any. */
    Optional<String> notice(String processInstanceId) {
        return jdbc.query("SELECT notice FROM ward_feedback WHERE process_instance_id = ?",
                (rs, i) -> rs.getString(1), processInstanceId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The answer is published; {@code ratingClosesAt} null when the case was rated already (a re-answer). */
    void publish(String processInstanceId, String answer, Instant publishedAt, Instant ratingClosesAt) {
        jdbc.update("UPDATE ward_feedback SET status = ?, answer = ?, published_at = ?, "
                + "rating_closes_at = COALESCE(rating_closes_at, ?) WHERE process_instance_id = ?",
                FeedbackStatus.ANSWERED.code(), answer, timestamp(publishedAt), timestamp(ratingClosesAt),
                processInstanceId);
    }

    void rate(String processInstanceId, int score, String comment, Instant ratedAt) {
        jdbc.update("UPDATE ward_feedback SET rating_score = ?, rating_comment = ?, rated_at = ? "
                + "WHERE process_instance_id = ?", score, comment, timestamp(ratedAt), processInstanceId);
    }

    /** Published answers of cases of their own (not merged ones), newest first. */
    List<Row> published(int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ward_feedback WHERE published_at IS NOT NULL "
                + "ORDER BY published_at DESC, case_number DESC LIMIT ? OFFSET ?", FeedbackRecords::row, limit, offset);
    }

    long publishedCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ward_feedback WHERE published_at IS NOT NULL",
                Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Per unit, the ratings given from {@code from} (included) to {@code to} (excluded) and how many of them were
     * satisfied: counted by the database, not read row by row (a province's year holds some 300,000 ratings).
     */
    List<RatingCount> ratingCounts(Instant from, Instant to) {
        return jdbc.query("SELECT lead_unit, COUNT(*), COUNT(CASE WHEN rating_score >= ? THEN 1 END) FROM ward_feedback"
                + " WHERE rated_at >= ? AND rated_at < ? GROUP BY lead_unit", (rs, i) -> new RatingCount(
                        rs.getString(1), rs.getInt(2), rs.getInt(3)), Satisfaction.SATISFIED_FROM, timestamp(from),
                timestamp(to));
    }

    /** A page of the ratings from {@code from} (included) to {@code to} (excluded), the latest first. */
    Satisfaction.RatedCases ratedCases(Instant from, Instant to, String unit, boolean satisfiedOnly, int offset,
            int limit) {
        StringBuilder where = new StringBuilder(" FROM ward_feedback WHERE rated_at >= ? AND rated_at < ?");
        List<Object> arguments = new ArrayList<>(List.of(timestamp(from), timestamp(to)));
        if (unit != null) {
            where.append(" AND lead_unit = ?");
            arguments.add(unit);
        }
        if (satisfiedOnly) {
            where.append(" AND rating_score >= ?");
            arguments.add(Satisfaction.SATISFIED_FROM);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, arguments.toArray());
        arguments.add(limit);
        arguments.add(offset);
        return new Satisfaction.RatedCases(total == null ? 0 : total, jdbc.query(
                "SELECT case_number, process_instance_id, lead_unit, rating_score" + where
                        + " ORDER BY rated_at DESC, case_number DESC LIMIT ? OFFSET ?",
                (rs, i) -> new Satisfaction.RatedCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                arguments.toArray()));
    }

    private Optional<Row> one(String column, String value) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ward_feedback WHERE " + column + " = ?", FeedbackRecords::row,
                value).stream().findFirst();
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getString("tracking_code"), rs.getString("case_number"),
                rs.getString("process_instance_id"), rs.getString("category"), rs.getString("title"),
                rs.getString("fingerprint"), rs.getString("sender_name"), rs.getString("sender_contact"),
                rs.getString("lead_unit"), rs.getObject("received_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), FeedbackStatus.of(rs.getString("status")),
                rs.getString("merged_into"), rs.getString("answer"), instant(rs, "published_at"),
                instant(rs, "rating_closes_at"), rs.getObject("rating_score", Integer.class), rs.getString("rating_comment"),
                instant(rs, "rated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
