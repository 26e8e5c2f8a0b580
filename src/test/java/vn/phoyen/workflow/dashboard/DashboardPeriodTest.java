package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The period a dashboard call asks for, and who may ask. */
class DashboardPeriodTest {

    @Test
    void aPeriodOfOneDayOrMoreIsAccepted() {
        assertThat(DashboardPeriod.parse("2025-07-01", "2025-09-30"))
                .isEqualTo(new DashboardPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
        assertThat(DashboardPeriod.parse("2025-07-01", "2025-07-01").to()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(DashboardPeriod.parse("2021-01-01", "2026-01-01").to()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void missingDatesAreNamed() {
        assertThatThrownBy(() -> DashboardPeriod.parse(null, "2025-09-30"))
                .hasMessage("Thiếu tham số 'from' (ngày bắt đầu, dạng yyyy-MM-dd)");
        assertThatThrownBy(() -> DashboardPeriod.parse("2025-07-01", " "))
                .hasMessage("Thiếu tham số 'to' (ngày kết thúc, dạng yyyy-MM-dd)");
    }

    @Test
    void datesThatAreNoDaysAreRefused() {
        for (String bad : List.of("2025-02-30", "01/07/2025", "2025-7-1", "<b>")) {
            assertThatThrownBy(() -> DashboardPeriod.parse(bad, "2025-09-30")).as(bad)
                    .isInstanceOf(DashboardPeriod.InvalidPeriodException.class)
                    .hasMessage("Tham số 'from' (ngày bắt đầu) phải là một ngày có thật, dạng yyyy-MM-dd");
        }
    }

    @Test
    void aPeriodEndingBeforeItStartsOrTooLongIsRefused() {
        assertThatThrownBy(() -> DashboardPeriod.parse("2025-09-30", "2025-09-29"))
                .hasMessage("Ngày kết thúc (to) không được trước ngày bắt đầu (from)");
        assertThatThrownBy(() -> DashboardPeriod.parse("2021-01-01", "2026-01-02"))
                .hasMessage("Kỳ thống kê dài tối đa 5 năm");
    }

    @Test
    void theSupervisingOfficeTheSupervisorsAndAdministratorsMayRead() {
        assertThat(WardFiguresFixtureTest.WARD.readsWardFigures(List.of("vhxh"))).isTrue();
        assertThat(WardFiguresFixtureTest.WARD.readsWardFigures(List.of("lanhdao"))).isTrue();
        assertThat(WardFiguresFixtureTest.WARD.readsWardFigures(List.of("camunda-admin"))).isTrue();
        assertThat(WardFiguresFixtureTest.WARD.readsWardFigures(List.of("vp", "vp-heads"))).isFalse();
        assertThat(WardFiguresFixtureTest.WARD.readsWardFigures(List.of("vhxh-heads"))).isFalse();
        assertThat(WardFiguresFixtureTest.WARD.readsWardFigures(List.of())).isFalse();
    }
}
