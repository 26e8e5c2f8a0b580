package vn.phoyen.workflow.calendar;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code ward.calendar}. {@code period-overrides} lets the ward change its own service standards (e.g.
 * {@code ward.calendar.period-overrides.feedback-answer=7}) without editing the table. {@code directory} holds the
 * official holidays notices the administrator adds after the build ({@code holidays-<year>.csv}); they take
 * precedence over the ones in the jar.
 */
@ConfigurationProperties(prefix = "ward.calendar")
public record WardCalendarProperties(Map<String, Integer> periodOverrides, Path directory) {

    public WardCalendarProperties {
        periodOverrides = periodOverrides == null ? Map.of() : Map.copyOf(periodOverrides);
        directory = directory == null ? Path.of("data", "calendar") : directory;
    }
}
