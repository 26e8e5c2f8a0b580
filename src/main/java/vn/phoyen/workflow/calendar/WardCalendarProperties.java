package vn.phoyen.workflow.calendar;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code ward.calendar}. {@code period-overrides} lets the ward change its own service
 * standards (e.g. {@code ward.calendar.period-overrides.feedback-answer=7}) without editing the table.
 */
@ConfigurationProperties(prefix = "ward.calendar")
public record WardCalendarProperties(Map<String, Integer> periodOverrides) {

    public WardCalendarProperties {
        periodOverrides = periodOverrides == null ? Map.of() : Map.copyOf(periodOverrides);
    }
}
