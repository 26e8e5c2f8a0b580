package vn.phoyen.workflow.complaint;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legal causes that keep the time of an obstacle out of the 90-day time limit (Luật Khiếu nại 2011, Art. 9):
 * the codes of the select in form {@code complaint-acceptance} when a late complaint is accepted.
 */
enum LateCause {

    SICKNESS("sickness", "ốm đau"),
    DISASTER("disaster", "thiên tai, địch họa"),
    WAR("war", "chiến tranh"),
    WORK_TRIP("work-trip", "đi công tác"),
    STUDY_FAR_AWAY("study-far-away", "đi học tập ở nơi xa"),
    OTHER_OBSTACLE("other-obstacle", "trở ngại khách quan khác");

    private final String code;
    private final String label;

    LateCause(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static Set<String> codes() {
        return Arrays.stream(values()).map(cause -> cause.code).collect(Collectors.toUnmodifiableSet());
    }

    /** "sickness (ốm đau), ..." for a refusal message. */
    static String labels() {
        return Arrays.stream(values()).map(cause -> cause.code + " (" + cause.label + ")")
                .collect(Collectors.joining(", "));
    }
}
