package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.phoyen.workflow.referencedata.DataFileException;

/**
 * Two nodes sharing the calendar directory: a notice loaded on one becomes effective on the other at its next look at
 * the directory, once, with the other node's cases counted again there too.
 */
class CalendarNoticesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static final String NOTICE_2027 = """
            date,kind,name
            2027-01-01,holiday,Tết Dương lịch
            2027-01-04,swapped-day-off,Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 09/01/2027)
            2027-01-09,make-up-workday,Làm bù cho ngày nghỉ hoán đổi thứ Hai 04/01/2027
            """;

    @TempDir
    Path directory;

    private final WorkingCalendar calendarOne = TestCalendars.shipped();
    private final WorkingCalendar calendarTwo = TestCalendars.shipped();
    private final DeadlineRevision revisionOne = mock(DeadlineRevision.class);
    private final DeadlineRevision revisionTwo = mock(DeadlineRevision.class);

    @Test
    void aNoticeLoadedOnOneNodeBecomesEffectiveOnTheOtherOnce() {
        CalendarNotices one = new CalendarNotices(calendarOne, directory, revisionOne);
        CalendarNotices two = new CalendarNotices(calendarTwo, directory, revisionTwo);

        one.load(2027, NOTICE_2027.getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(calendarOne.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendarTwo.isProvisional(2027)).isTrue();
        assertThat(calendarTwo.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();

        assertThat(two.loadChangedFiles(TODAY)).containsExactly(2027);

        assertThat(calendarTwo.isProvisional(2027)).isFalse();
        assertThat(calendarTwo.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendarTwo.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
        verify(revisionTwo).clearProvisionalNotes(2027);
        verify(revisionTwo).reviseAll("nạp lịch nghỉ chính thức năm 2027", TODAY);
        // nothing new on either node: no second revision, and the loading node does not redo its own notice
        assertThat(two.loadChangedFiles(TODAY)).isEmpty();
        assertThat(one.loadChangedFiles(TODAY)).isEmpty();
        verify(revisionTwo, times(1)).reviseAll(anyString(), any());
        verify(revisionOne, times(1)).reviseAll(anyString(), any());
    }

    @Test
    void aNoticePresentAtStartUpIsNotLoadedAgainButAReplacedOneIs() throws Exception {
        Path file = directory.resolve("holidays-2027.csv");
        Files.writeString(file, NOTICE_2027);
        CalendarNotices node = new CalendarNotices(calendarTwo, directory, revisionTwo);

        assertThat(node.loadChangedFiles(TODAY)).isEmpty();
        verify(revisionTwo, never()).reviseAll(anyString(), any());

        Files.writeString(file, NOTICE_2027.replace("2027-01-04,swapped-day-off", "2027-01-05,swapped-day-off"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(node.loadChangedFiles(TODAY)).containsExactly(2027);
        assertThat(calendarTwo.isWorkingDay(LocalDate.of(2027, 1, 5))).isFalse();
    }

    @Test
    void aBrokenFileIsRefusedNamingItsLineAndChangesNothing() throws Exception {
        CalendarNotices node = new CalendarNotices(calendarTwo, directory, revisionTwo);
        Files.writeString(directory.resolve("holidays-2027.csv"), NOTICE_2027.replace("2027-01-04", "2027-01-32"));

        assertThatThrownBy(() -> node.loadChangedFiles(TODAY)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("holidays-2027.csv dòng 3");
        assertThat(calendarTwo.isProvisional(2027)).isTrue();
        verify(revisionTwo, never()).reviseAll(anyString(), any());
    }
}
