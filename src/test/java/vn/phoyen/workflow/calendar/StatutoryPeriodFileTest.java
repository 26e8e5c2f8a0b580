package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phoyen.workflow.referencedata.DataFileException;

class StatutoryPeriodFileTest {

    @Test
    void readsTheShippedTable() {
        // rows are added as the law changes or procedures grow: the count is no rule, the rows that exist are
        assertThat(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION)).hasSizeGreaterThanOrEqualTo(20)
                .extracting(StatutoryPeriod::code).contains("denunciation-transfer", "denunciation-acceptance-notice",
                        "denunciation-decision-notice", "denunciation-conclusion-sending",
                        "denunciation-conclusion-handling", "complaint-time-limit", "complaint-response",
                        "complaint-decision-effect");
        assertThat(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION))
                .filteredOn(period -> period.code().equals("feedback-answer"))
                .extracting(StatutoryPeriod::citation)
                .containsExactly("Tiêu chuẩn phục vụ của UBND phường: trả lời phản ánh, kiến nghị");
    }

    @Test
    void aQuotedCitationMayContainCommas() {
        assertThat(StatutoryPeriodFile.read("calendar-fixtures/statutory-periods-amended.csv").get(1).citation())
                .isEqualTo("Tiêu chuẩn phục vụ mới, sau sửa đổi");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            periods-unknown-count.csv    | dòng 3: cách đếm ngày 'workday' không hợp lệ (chọn một trong: working, calendar)
            periods-bad-number.csv       | dòng 3: số ngày 'ten' không hợp lệ (cần một số nguyên từ 1 đến 9999)
            periods-zero-days.csv        | dòng 2: số ngày '0' không hợp lệ (cần một số nguyên từ 1 đến 9999)
            periods-duplicate.csv        | dòng 4: trùng thời hạn feedback-answer có hiệu lực từ 2025-01-01 (đã có ở dòng 2)
            periods-bad-date.csv         | dòng 2: cột 'effective_from': '01/01/2025' không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ 2026-01-31)
            periods-missing-citation.csv | dòng 2: cột 'citation' bị trống
            periods-bad-code.csv         | dòng 2: mã thời hạn 'Feedback Answer' không hợp lệ (chỉ gồm chữ thường không dấu và chữ số, các từ nối bằng '-', ví dụ feedback-answer)
            periods-unquoted-comma.csv   | dòng 2: có 6 cột, cần 5 (code,effective_from,days,count,citation)
            """)
    void aBrokenTableIsRefusedNamingFileAndLine(String fixture, String problem) {
        String location = "calendar-fixtures/" + fixture;

        assertThatThrownBy(() -> StatutoryPeriodFile.read(location))
                .isInstanceOf(DataFileException.class)
                .hasMessage(location + " " + problem);
    }

    @Test
    void aMissingTableIsRefused() {
        assertThatThrownBy(() -> StatutoryPeriodFile.read("calendar-fixtures/no-such-table.csv"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("calendar-fixtures/no-such-table.csv: không tìm thấy tệp trên classpath");
    }
}
