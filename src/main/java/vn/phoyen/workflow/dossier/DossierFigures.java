package vn.phoyen.workflow.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The dossiers' figures for a period, counted in SQL (ADR 0009) per unit, field and quarter — received figures in the
 * quarter received, settled figures in the quarter settled — and the dossiers behind one figure, a page at a time.
 */
@Service
class DossierFigures {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** One group of the figures. */
    record Key(String unit, ProcedureField field, String quarter) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::quarter).thenComparing(Key::unit)
                .thenComparing(Key::field);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** The figures a list can be asked for, by the name the API takes, and the dossiers each counts. */
    enum Figure {
        RECEIVED("received", "received_on", "1 = 1"),
        ONLINE("online", "received_on", "channel = 'online'"),
        DIGITISED("digitised", "received_on", "digitised = TRUE"),
        SETTLED("settled", "settled_on", "1 = 1"),
        ON_TIME("on-time", "settled_on", "settled_on <= appointment_on"),
        LATE("late", "settled_on", "settled_on > appointment_on"),
        DISSATISFIED("dissatisfied", "settled_on", "dissatisfied = TRUE");

        final String code;
        final String day;
        final String condition;

        Figure(String code, String day, String condition) {
            this.code = code;
            this.day = day;
            this.condition = condition;
        }

        static Optional<Figure> of(String code) {
            return Arrays.stream(values()).filter(figure -> figure.code.equals(code)).findFirst();
        }

        static String codes() {
            return Arrays.stream(values()).map(figure -> figure.code).collect(Collectors.joining(", "));
        }
    }

    private final JdbcTemplate jdbc;

    DossierFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts per unit, field and quarter of the period, in quarter, unit and field order. */
    Map<Key, Indicators> between(LocalDate from, LocalDate to) {
        Map<Key, Indicators> figures = new TreeMap<>();
        jdbc.query("SELECT unit, field, EXTRACT(YEAR FROM received_on) AS y, EXTRACT(MONTH FROM received_on) AS m,"
                + " COUNT(*) AS received, SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END) AS online,"
                + " SUM(CASE WHEN digitised THEN 1 ELSE 0 END) AS digitised FROM ward_dossier"
                + " WHERE received_on BETWEEN ? AND ?"
                + " GROUP BY unit, field, EXTRACT(YEAR FROM received_on), EXTRACT(MONTH FROM received_on)",
                rs -> {
                    figures.merge(key(rs.getString("unit"), rs.getString("field"), rs.getInt("y"), rs.getInt("m")),
                            new Indicators(rs.getLong("received"), rs.getLong("online"), rs.getLong("digitised"),
                                    0, 0, 0, 0), Indicators::plus);
                }, from, to);
        jdbc.query("SELECT unit, field, EXTRACT(YEAR FROM settled_on) AS y, EXTRACT(MONTH FROM settled_on) AS m,"
                + " COUNT(*) AS settled, SUM(CASE WHEN settled_on <= appointment_on THEN 1 ELSE 0 END) AS on_time,"
                + " SUM(CASE WHEN evaluation IS NOT NULL THEN 1 ELSE 0 END) AS evaluated,"
                + " SUM(CASE WHEN dissatisfied THEN 1 ELSE 0 END) AS dissatisfied FROM ward_dossier"
                + " WHERE settled_on BETWEEN ? AND ?"
                + " GROUP BY unit, field, EXTRACT(YEAR FROM settled_on), EXTRACT(MONTH FROM settled_on)",
                rs -> {
                    figures.merge(key(rs.getString("unit"), rs.getString("field"), rs.getInt("y"), rs.getInt("m")),
                            new Indicators(0, 0, 0, rs.getLong("settled"), rs.getLong("on_time"),
                                    rs.getLong("evaluated"), rs.getLong("dissatisfied")), Indicators::plus);
                }, from, to);
        return figures;
    }

    /** The dossiers behind a figure; {@code unit}, {@code field} and {@code quarter} narrow it when given. */
    Page dossiers(LocalDate from, LocalDate to, Figure figure, String unit, ProcedureField field, Quarter quarter,
            int page, int size) {
        LocalDate start = quarter == null || quarter.first().isBefore(from) ? from : quarter.first();
        LocalDate end = quarter == null || quarter.last().isAfter(to) ? to : quarter.last();
        StringBuilder where = new StringBuilder(" FROM ward_dossier WHERE ").append(figure.day)
                .append(" BETWEEN ? AND ? AND ").append(figure.condition);
        List<Object> arguments = new ArrayList<>(List.of(start, end));
        if (unit != null) {
            where.append(" AND unit = ?");
            arguments.add(unit);
        }
        if (field != null) {
            where.append(" AND field = ?");
            arguments.add(field.code());
        }
        long total = end.isBefore(start) ? 0 : jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) (page - 1) * size);
        List<DossierStore.DossierLine> lines = total == 0 ? List.of() : jdbc.query("SELECT " + DossierStore.COLUMNS
                + ", late_process_instance_id, apology_appointment_on" + where + " ORDER BY " + figure.day
                + ", code LIMIT ? OFFSET ?", DossierStore.LINE, paged.toArray());
        return new Page(page, size, total, lines);
    }

    /** One page of dossiers and how many there are in all. */
    record Page(int page, int size, long total, List<DossierStore.DossierLine> dossiers) {
    }

    private static Key key(String unit, String field, int year, int month) {
        return new Key(unit, ProcedureField.ofCode(field).orElseThrow(), Quarter.of(year, month).code());
    }

    /** A calendar quarter, written {@code 2026-Q1}. */
    record Quarter(int year, int number) {

        static Quarter of(int year, int month) {
            return new Quarter(year, (month - 1) / 3 + 1);
        }

        static Optional<Quarter> parse(String code) {
            if (code == null || !code.matches("\\d{4}-Q[1-4]")) {
                return Optional.empty();
            }
            return Optional.of(new Quarter(Integer.parseInt(code.substring(0, 4)), code.charAt(6) - '0'));
        }

        String code() {
            return year + "-Q" + number;
        }

        LocalDate first() {
            return LocalDate.of(year, number * 3 - 2, 1);
        }

        LocalDate last() {
            return first().plusMonths(3).minusDays(1);
        }
    }
}
