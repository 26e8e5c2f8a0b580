package vn.phoyen.workflow.calendar;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a listed day changes the normal Monday–Friday week, as written in the {@code kind} column of a
 * holidays file.
 */
enum DayKind {

    HOLIDAY("holiday"),
    SWAPPED_DAY_OFF("swapped-day-off"),
    MAKE_UP_WORKDAY("make-up-workday");

    private final String code;

    DayKind(String code) {
        this.code = code;
    }

    static Optional<DayKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    static String allCodes() {
        return Arrays.stream(values()).map(kind -> kind.code).collect(Collectors.joining(", "));
    }

    String code() {
        return code;
    }

    boolean isDayOff() {
        return this != MAKE_UP_WORKDAY;
    }
}
