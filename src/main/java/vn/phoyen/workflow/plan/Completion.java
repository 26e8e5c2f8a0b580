package vn.phoyen.workflow.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** When a plan task is to be completed, as the appendix's "Thời gian hoàn thành" column says it. */
public enum Completion {
    /** "Thường xuyên": all year, reported every period. */
    ONGOING("ongoing"),
    /** A date inside the year, e.g. "Quý III/2025". */
    BY_DATE("by-date"),
    /** "Năm 2025": some time within the year. */
    WITHIN_YEAR("within-year");

    private final String code;

    Completion(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    boolean hasDeadline() {
        return this != ONGOING;
    }

    static Optional<Completion> ofCode(String code) {
        return Arrays.stream(values()).filter(completion -> completion.code.equals(code)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(Completion::code).collect(Collectors.joining(", "));
    }
}
