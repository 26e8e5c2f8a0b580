package vn.phoyen.workflow.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The dated table of statutory periods. A case keeps the period in force on its event date, so an
 * amendment only needs new rows with a later effective date.
 */
public final class StatutoryPeriods {

    private final Map<String, NavigableMap<LocalDate, StatutoryPeriod>> historyByCode = new HashMap<>();

    private final Map<String, Integer> overriddenDays;

    private final WorkingCalendar calendar;

    /** @param overriddenDays code → days replacing the days of whichever row of that code is in force */
    StatutoryPeriods(Collection<StatutoryPeriod> periods, WorkingCalendar calendar, Map<String, Integer> overriddenDays) {
        for (StatutoryPeriod period : periods) {
            historyByCode.computeIfAbsent(period.code(), code -> new TreeMap<>()).put(period.effectiveFrom(), period);
        }
        overriddenDays.forEach((code, days) -> {
            if (!historyByCode.containsKey(code)) {
                throw new IllegalArgumentException(
                        "ward.calendar.period-overrides: không có thời hạn luật định mã '%s'".formatted(code));
            }
            if (days == null || days < 1) {
                throw new IllegalArgumentException(
                        "ward.calendar.period-overrides.%s: số ngày phải từ 1 trở lên, đang là %s".formatted(code, days));
            }
            // the override replaces the days of every row of the code, so it must stay within each law that set one
            historyByCode.get(code).values().stream().filter(StatutoryPeriod::setByLaw)
                    .filter(period -> days > period.days()).findFirst().ifPresent(period -> {
                        throw new IllegalArgumentException(("ward.calendar.period-overrides.%s: %d ngày dài hơn thời hạn "
                                + "luật định %d ngày (%s, hiệu lực từ %s); chỉ được rút ngắn thời hạn do luật định")
                                .formatted(code, days, period.days(), period.citation(), period.effectiveFrom()));
                    });
        });
        this.overriddenDays = Map.copyOf(overriddenDays);
        this.calendar = calendar;
    }

    public StatutoryPeriod inForce(String code, LocalDate onDate) {
        NavigableMap<LocalDate, StatutoryPeriod> history = historyByCode.get(code);
        if (history == null) {
            throw new IllegalArgumentException("không có thời hạn luật định mã '%s'".formatted(code));
        }
        Map.Entry<LocalDate, StatutoryPeriod> row = history.floorEntry(onDate);
        if (row == null) {
            throw new IllegalArgumentException("thời hạn '%s' chưa có hiệu lực vào ngày %s (sớm nhất có hiệu lực từ %s)"
                    .formatted(code, onDate, history.firstKey()));
        }
        Integer days = overriddenDays.get(code);
        return days == null ? row.getValue() : row.getValue().withDays(days);
    }

    /** The last allowed day for the period {@code code} counted from the event, as in force on the event date. */
    public LocalDate deadline(String code, LocalDate event) {
        StatutoryPeriod period = inForce(code, event);
        return switch (period.count()) {
            case WORKING -> calendar.addWorkingDays(event, period.days());
            case CALENDAR -> calendar.addCalendarDays(event, period.days());
        };
    }
}
