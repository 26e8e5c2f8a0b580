package vn.phoyen.workflow.reception;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * Who received a visitor, how and in what kind of reception (sổ tiếp công dân), and whether the law allowed it on that
 * day. Law 42/2013/QH13 on Citizen Reception: the Chairman of the ward's People's Committee receives citizens
 * periodically (at least one day a week, Art. 15(2)) and ad hoc (Art. 18); the office receives them at its regular desk.
 * Law 136/2025/QH15, in force {@value #AMENDMENT_TEXT}: the head receives the periodic reception in person and may not
 * delegate it to a deputy; reception may be in person or online (new Art. 3a). Before that day a Vice-Chairman could
 * hold the periodic reception in the Chairman's place. Plain Java: the opening and the form check call it.
 *
 * @param kind         periodic, ad hoc or the regular desk
 * @param receiverName who received the visitor
 * @param receiverRole the receiver's office
 * @param channel      in person or online
 */
public record ReceptionRecord(Kind kind, String receiverName, Role receiverRole, Channel channel) {

    /** Law 136/2025/QH15 takes effect. */
    public static final LocalDate AMENDMENT_IN_FORCE = LocalDate.of(2026, 7, 1);

    static final String AMENDMENT_TEXT = "01/07/2026";

    /** The kind of reception (variable {@code receptionKind}). */
    public enum Kind {
        PERIODIC("periodic", "tiếp định kỳ của Chủ tịch"),
        AD_HOC("ad-hoc", "tiếp đột xuất"),
        REGULAR("regular", "tiếp thường xuyên tại nơi tiếp công dân");

        final String code;
        final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }
    }

    /** The receiver's office (variable {@code receiverRole}). */
    public enum Role {
        CHAIRMAN("chairman", "Chủ tịch UBND phường"),
        VICE_CHAIRMAN("vice-chairman", "Phó Chủ tịch UBND phường"),
        OFFICER("officer", "công chức tiếp công dân");

        final String code;
        final String label;

        Role(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }
    }

    /** How the visitor was received (variable {@code channel}). */
    public enum Channel {
        IN_PERSON("in-person", "trực tiếp"),
        ONLINE("online", "trực tuyến");

        final String code;
        final String label;

        Channel(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Reads the record from the variables (absent values: a regular desk reception in person by an officer) and checks
     * it against the law in force on {@code receptionDate}; the refusal names the variable.
     */
    public static ReceptionRecord from(Function<String, Object> variables, LocalDate receptionDate) {
        Kind kind = code(variables, "receptionKind", Kind.values(), Kind::code, Kind.REGULAR, "loại tiếp công dân");
        Role role = code(variables, "receiverRole", Role.values(), Role::code,
                kind == Kind.REGULAR ? Role.OFFICER : null, "chức vụ người tiếp");
        Channel channel = code(variables, "channel", Channel.values(), Channel::code, Channel.IN_PERSON,
                "hình thức tiếp");
        Object name = variables.apply("receiverName");
        String receiverName = name == null ? "" : name.toString().strip();
        if (receiverName.length() > 200) {
            throw new ReceptionException("Họ tên người tiếp (receiverName) dài quá 200 ký tự");
        }
        ReceptionRecord record = new ReceptionRecord(kind, receiverName, role, channel);
        record.problem(receptionDate).ifPresent(problem -> {
            throw new ReceptionException(problem);
        });
        return record;
    }

    /** What the law in force on {@code day} does not allow in this record, in Vietnamese, naming the variable. */
    Optional<String> problem(LocalDate day) {
        boolean amended = !day.isBefore(AMENDMENT_IN_FORCE);
        if (kind != Kind.REGULAR) {
            if (receiverRole == null) {
                return Optional.of("Chưa chọn chức vụ người tiếp (receiverRole) cho buổi " + kind.label);
            }
            if (receiverName.isEmpty()) {
                return Optional.of("Chưa ghi họ tên người tiếp (receiverName) cho buổi " + kind.label);
            }
            if (receiverRole == Role.OFFICER) {
                return Optional.of("Buổi " + kind.label + " do Chủ tịch UBND phường tiếp (Luật Tiếp công dân 2013, "
                        + "Điều 15, 18), không do công chức tiếp (receiverRole)");
            }
        }
        if (kind == Kind.PERIODIC && receiverRole == Role.VICE_CHAIRMAN && amended) {
            return Optional.of("Từ ngày " + AMENDMENT_TEXT + " (Luật 136/2025/QH15) Chủ tịch UBND phường phải trực tiếp "
                    + "tiếp công dân định kỳ, không được ủy quyền cho Phó Chủ tịch; ngày tiếp "
                    + WorkingCalendar.DAY.format(day) + " (receiverRole)");
        }
        if (channel == Channel.ONLINE && !amended) {
            return Optional.of("Tiếp công dân trực tuyến được quy định từ ngày " + AMENDMENT_TEXT + " (Điều 3a Luật Tiếp "
                    + "công dân, bổ sung bởi Luật 136/2025/QH15); ngày tiếp " + WorkingCalendar.DAY.format(day)
                    + " chỉ tiếp trực tiếp (channel)");
        }
        return Optional.empty();
    }

    private static <T> T code(Function<String, Object> variables, String name, T[] values, Function<T, String> code,
                              T absent, String label) {
        Object value = variables.apply(name);
        if (value == null || value.toString().isBlank()) {
            return absent;
        }
        String given = value.toString().strip();
        return Arrays.stream(values).filter(candidate -> code.apply(candidate).equals(given)).findFirst()
                .orElseThrow(() -> new ReceptionException("Giá trị '" + given + "' không hợp lệ ở " + label + " (" + name
                        + "); chọn một trong: " + Arrays.stream(values).map(code).collect(Collectors.joining(", "))));
    }
}
