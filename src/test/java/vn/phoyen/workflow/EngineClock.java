package vn.phoyen.workflow;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine's clock in a test, in the ward's time zone. */
public final class EngineClock {

    public static final ZoneId WARD_ZONE = ZoneId.of(WardWorkflowApplication.TIME_ZONE);

    private EngineClock() {
    }

    public static void setTo(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(at(localTime));
    }

    public static Date at(LocalDateTime localTime) {
        return Date.from(localTime.atZone(WARD_ZONE).toInstant());
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
