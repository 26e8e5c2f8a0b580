package vn.phoyen.workflow;

import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.phoyen.workflow.calendar.WorkingCalendar;

/** Moves the engine's clock in a test, in the ward's time zone. */
public final class EngineClock {

    private EngineClock() {
    }

    public static void setTo(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(at(localTime));
    }

    public static Date at(LocalDateTime localTime) {
        return Date.from(localTime.atZone(WorkingCalendar.ZONE).toInstant());
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
