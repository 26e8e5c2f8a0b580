package vn.phoyen.workflow.calendar;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether a statutory period counts working days or calendar days ("ngày" without qualifier). */
public enum DayCount {

    WORKING("working"),
    CALENDAR("calendar");

    private final String code;

    DayCount(String code) {
        this.code = code;
    }

    static Optional<DayCount> fromCode(String code) {
        return Arrays.stream(values()).filter(count -> count.code.equals(code)).findFirst();
    }

    static String allCodes() {
        return Arrays.stream(values()).map(count -> count.code).collect(Collectors.joining(", "));
    }
}
