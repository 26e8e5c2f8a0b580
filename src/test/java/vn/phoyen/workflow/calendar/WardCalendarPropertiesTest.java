package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds the properties the way Spring Boot does at start-up, without starting a context. */
class WardCalendarPropertiesTest {

    @Test
    void periodOverridesBindByPeriodCode() {
        Binder binder = new Binder(new MapConfigurationPropertySource(
                Map.of("ward.calendar.period-overrides.feedback-answer", "7")));

        WardCalendarProperties properties = binder.bind("ward.calendar", WardCalendarProperties.class).get();

        assertThat(properties.periodOverrides()).containsExactly(Map.entry("feedback-answer", 7));
    }

    @Test
    void withoutSettingsThereAreNoOverrides() {
        WardCalendarProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("ward.calendar", Bindable.of(WardCalendarProperties.class));

        assertThat(properties.periodOverrides()).isEmpty();
    }

    @Test
    void aLongerStatutoryPeriodInTheSettingsStopsStartUpNamingTheSettingAndThePeriod() {
        WardCalendarProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("ward.calendar.period-overrides.denunciation-resolution", "45")))
                .bind("ward.calendar", WardCalendarProperties.class).get();

        // as CalendarConfiguration builds the bean at start-up
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION),
                        TestCalendars.shipped(), properties.periodOverrides()))
                .withMessageStartingWith("ward.calendar.period-overrides.denunciation-resolution: 45 ngày dài hơn "
                        + "thời hạn luật định 30 ngày (Luật Tố cáo 2018");
    }
}
