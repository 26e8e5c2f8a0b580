package vn.phoyen.workflow.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time at the ward, as the engine counts it: tests move the engine's clock and every deadline, record and figure
 * moves with it. The one reader of the engine's clock (ADR 0003).
 */
public final class WardClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private WardClock() {
    }

    public static Date now() {
        return ClockUtil.getCurrentTime();
    }

    public static Instant instant() {
        return now().toInstant();
    }

    public static LocalDate today() {
        return instant().atZone(ZONE).toLocalDate();
    }
}
