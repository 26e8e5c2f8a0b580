package vn.phoyen.workflow.reception;

import java.time.DayOfWeek;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ward.reception}.
 *
 * @param weekday the weekday of the Chairman's periodic reception, e.g. {@code ward.reception.weekday=friday}; the
 *                law leaves the choice to the ward
 */
@ConfigurationProperties("ward.reception")
record ReceptionProperties(@DefaultValue("friday") DayOfWeek weekday) {
}
