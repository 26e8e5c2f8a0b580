package vn.phoyen.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The period a report covers, from its code: every quarter, both halves, the year; anything else refused. */
class ReportPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2025-Q1, quý I/2025, 2025-01-01, 2025-03-31",
            "2025-Q2, quý II/2025, 2025-04-01, 2025-06-30",
            "2025-Q3, quý III/2025, 2025-07-01, 2025-09-30",
            "2025-Q4, quý IV/2025, 2025-10-01, 2025-12-31",
            "2025-H1, 6 tháng đầu năm 2025, 2025-01-01, 2025-06-30",
            "2025-H2, 6 tháng cuối năm 2025, 2025-07-01, 2025-12-31",
            "2025, năm 2025, 2025-01-01, 2025-12-31",
            // a leap year's February is inside the first quarter and half
            "2028-Q1, quý I/2028, 2028-01-01, 2028-03-31"})
    void eachCodeGivesItsDatesAndTitle(String code, String label, LocalDate from, LocalDate to) {
        ReportPeriod period = ReportPeriod.parse(code);

        assertThat(period).isEqualTo(new ReportPeriod(code, label, from, to));
        assertThat(period.year()).isEqualTo(from.getYear());
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(ReportPeriod.parse(" 2025-Q3 ").code()).isEqualTo("2025-Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-Q5", "2025-Q0", "2025-H3", "2025-H0", "2025-M07", "2025-q3", "2025Q3", "25-Q3",
            "2025-Q3-", "Q3-2025", "quý III/2025"})
    void anythingElseIsRefusedNamingTheVariableAndTheValue(String code) {
        assertThatThrownBy(() -> ReportPeriod.parse(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'period'").hasMessageContaining("'" + code + "'")
                .hasMessageContaining("2025-H1");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingPeriodIsRefused(String code) {
        assertThatThrownBy(() -> ReportPeriod.parse(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Thiếu biến 'period'");
    }
}
