package vn.phoyen.workflow.dossier;

import java.time.LocalDate;
import java.util.List;

/** Exports as the one-stop system writes them, made up for tests. */
final class DossierSamples {

    static final String HEADER = String.join(",", DossierRows.COLUMNS.keySet());

    private static final List<String> UNITS = List.of("vp", "kthtdt", "ttdvth", "ca");
    private static final List<String> FIELDS = List.of("dat-dai", "ho-tich", "chung-thuc", "xay-dung", "bao-tro-xa-hoi");
    private static final List<String> CHANNELS = List.of("online", "direct", "postal");

    private DossierSamples() {
    }

    /**
     * {@code count} dossiers received from 5 January 2026, all settled on or before 27 February 2026, so that importing
     * them on 2 March 2026 starts no late process: codes {@code H56-2026-00001} …
     */
    static String settledExport(int count) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= count; i++) {
            LocalDate received = LocalDate.of(2026, 1, 5).plusDays(i % 40);
            LocalDate appointment = received.plusDays(7);
            LocalDate settled = received.plusDays(i % 9);
            boolean returned = i % 2 == 0;
            csv.append(String.join(",", code(i), "\"Thủ tục số " + i + ", cấp xã\"", FIELDS.get(i % FIELDS.size()),
                    UNITS.get(i % UNITS.size()), CHANNELS.get(i % CHANNELS.size()), received.toString(),
                    appointment.toString(), settled.toString(), returned ? settled.plusDays(1).toString() : "",
                    returned ? "returned" : "settled", i % 4 == 0 ? "false" : "true",
                    i % 10 == 0 ? "not-satisfied" : i % 3 == 0 ? String.valueOf(1 + i % 5) : "",
                    settled + "T16:00")).append('\n');
        }
        return csv.toString();
    }

    static String code(int i) {
        return "H56-2026-%05d".formatted(i);
    }

    /** One CSV line; {@code settled} and {@code returned} may be empty. */
    static String row(String code, String field, String unit, String channel, String received, String appointment,
            String settled, String status, String evaluation, String updated) {
        return String.join(",", code, "Đăng ký khai sinh", field, unit, channel, received, appointment, settled,
                status.equals("returned") ? settled : "", status, "true", evaluation, updated);
    }
}
