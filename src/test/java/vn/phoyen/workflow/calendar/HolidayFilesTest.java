package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phoyen.workflow.referencedata.DataFileException;

class HolidayFilesTest {

    @Test
    void readsEveryYearOfTheShippedData() {
        List<CalendarYear> years = HolidayFiles.readAll(HolidayFiles.CLASSPATH_DIRECTORY);

        assertThat(years).extracting(CalendarYear::year).containsExactly(2025, 2026);
    }

    @Test
    void keepsKindAndVietnameseName() {
        CalendarYear year2026 = HolidayFiles.readAll(HolidayFiles.CLASSPATH_DIRECTORY).get(1);

        assertThat(year2026.entries()).contains(
                new CalendarEntry(LocalDate.of(2026, 4, 27), DayKind.HOLIDAY, "Giỗ Tổ Hùng Vương (nghỉ bù)"),
                new CalendarEntry(LocalDate.of(2026, 8, 22), DayKind.MAKE_UP_WORKDAY,
                        "Làm bù cho ngày nghỉ hoán đổi thứ Hai 31/08/2026"));
    }

    @Test
    void vietnamCultureDayIsNotAHolidayYet() {
        CalendarYear year2026 = HolidayFiles.readAll(HolidayFiles.CLASSPATH_DIRECTORY).get(1);

        assertThat(year2026.entries()).extracting(CalendarEntry::date).doesNotContain(LocalDate.of(2026, 11, 24));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            holidays-unknown-kind    | holidays-2026.csv dòng 7: loại ngày 'holliday' không hợp lệ (chọn một trong: holiday, swapped-day-off, make-up-workday)
            holidays-bad-date        | holidays-2026.csv dòng 3: cột 'date': '2026-02-30' không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ 2026-01-31)
            holidays-wrong-year      | holidays-2026.csv dòng 2: ngày 2025-12-31 không thuộc năm 2026
            holidays-make-up-friday  | holidays-2026.csv dòng 3: ngày làm bù 2026-01-09 là thứ Sáu, không phải thứ Bảy
            holidays-duplicate-date  | holidays-2026.csv dòng 4: trùng ngày 2026-04-30 (đã có ở dòng 2)
            holidays-missing-name    | holidays-2026.csv dòng 2: cột 'name' bị trống
            holidays-missing-column  | holidays-2026.csv dòng 2: có 2 cột, cần 3 (date,kind,name)
            holidays-wrong-header    | holidays-2026.csv dòng 2: dòng tiêu đề thiếu cột date, kind, name (cần: date,kind,name)
            """)
    void aBrokenFileIsRefusedNamingFileAndLine(String fixture, String problem) {
        String directory = "calendar-fixtures/" + fixture;

        assertThatThrownBy(() -> HolidayFiles.readAll("classpath*:" + directory))
                .isInstanceOf(DataFileException.class)
                .hasMessage(directory + "/" + problem);
    }

    @Test
    void aFileNameWithoutAFourDigitYearIsRefused() {
        assertThatThrownBy(() -> HolidayFiles.readAll("classpath*:calendar-fixtures/holidays-bad-file-name"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("calendar-fixtures/holidays-bad-file-name/holidays-26.csv: "
                        + "tên tệp phải có dạng holidays-<năm>.csv, ví dụ holidays-2026.csv");
    }

    @Test
    void aDirectoryWithoutHolidaysFilesIsRefused() {
        assertThatThrownBy(() -> HolidayFiles.readAll("classpath*:calendar-fixtures/no-such-directory"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("không có tệp holidays-<năm>.csv nào trong classpath*:calendar-fixtures/no-such-directory");
    }

    @Test
    void theAdministratorsDirectoryAddsAYearAndReplacesAShippedOne(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("holidays-2027.csv"), "date,kind,name\n2027-01-01,holiday,Tết Dương lịch\n");
        Files.writeString(directory.resolve("holidays-2026.csv"), "date,kind,name\n2026-01-01,holiday,Tết Dương lịch\n");

        List<CalendarYear> years = HolidayFiles.readAll(HolidayFiles.CLASSPATH_DIRECTORY, directory.toUri().toString());

        assertThat(years).extracting(CalendarYear::year).containsExactly(2025, 2026, 2027);
        assertThat(years.get(1).entries()).hasSize(1);
        assertThat(years).noneMatch(CalendarYear::provisional);
    }

    @Test
    void anAbsentAdministratorsDirectoryLeavesTheShippedYears(@TempDir Path directory) {
        List<CalendarYear> years = HolidayFiles.readAll(HolidayFiles.CLASSPATH_DIRECTORY,
                directory.resolve("not-yet-created").toUri().toString());

        assertThat(years).extracting(CalendarYear::year).containsExactly(2025, 2026);
    }

    @Test
    void aNoticeSentByTheAdministratorIsCheckedLineByLine() {
        byte[] notice = "date,kind,name\n2027-01-01,holiday,Tết Dương lịch\n2027-02-30,holiday,Tết\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> HolidayFiles.read(2027, notice, "holidays-2027.csv"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("holidays-2027.csv dòng 3: cột 'date': '2027-02-30' không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ 2026-01-31)");
    }

    @Test
    void aNoticeWithoutItsHeaderLineIsRefusedRatherThanReadAsEmpty() {
        byte[] notice = "2027-01-01,holiday,Tết Dương lịch\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> HolidayFiles.read(2027, notice, "holidays-2027.csv"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("holidays-2027.csv dòng 1: dòng tiêu đề thiếu cột date, kind, name (cần: date,kind,name)");
    }
}
