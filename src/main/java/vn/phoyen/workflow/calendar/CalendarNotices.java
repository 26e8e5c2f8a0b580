package vn.phoyen.workflow.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The official holidays notices of the Government, as the administrator loads them without a new build: a notice is
 * checked line by line, stored in the calendar directory (so a restart keeps it), made effective at once, and every
 * running case whose deadlines were counted on that year's provisional days is counted again.
 */
public class CalendarNotices {

    private final WorkingCalendar calendar;
    private final Path directory;
    private final DeadlineRevision revision;
    CalendarNotices(WorkingCalendar calendar, Path directory, DeadlineRevision revision) {
        this.calendar = calendar;
        this.directory = directory;
        this.revision = revision;
    }

    /**
     * @throws vn.phoyen.workflow.referencedata.DataFileException naming the line, when the notice is not valid
     */
    public LoadedNotice load(int year, byte[] csv, LocalDate today) {
        String file = HolidayFiles.fileNameFor(year);
        CalendarYear official = HolidayFiles.read(year, csv, file);
        store(file, csv);
        boolean wasProvisional = calendar.isProvisional(year);
        calendar.install(official);
        revision.clearProvisionalNotes(year);
        int revisedCases = revision.reviseAll("nạp lịch nghỉ chính thức năm " + year, today);
        return new LoadedNotice(year, official.entries().size(), wasProvisional, revisedCases);
    }

    /** The year's days off and make-up days as the calendar uses them, official or provisional. */
    public YearView year(int year) {
        CalendarYear days = calendar.year(year);
        return new YearView(year, days.provisional(), days.entries().stream()
                .map(entry -> new YearView.Day(entry.date(), entry.kind().code(), entry.name())).toList());
    }

    /** The year whose official notice is missing and due soon: from 1 October, next year while it is provisional. */
    public Optional<Integer> missingNotice(LocalDate today) {
        int next = today.getYear() + 1;
        return today.getMonthValue() >= 10 && calendar.isProvisional(next)
                ? Optional.of(next) : Optional.empty();
    }

    private void store(String file, byte[] csv) {
        try {
            Files.createDirectories(directory);
            Path draft = Files.createTempFile(directory, file, ".tmp");
            Files.write(draft, csv);
            // a reader (a restart) sees the old notice or the new one, never half of one
            Files.move(draft, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ex) {
            throw new UncheckedIOException("Không lưu được " + directory.resolve(file), ex);
        }
    }

    public record LoadedNotice(int year, int days, boolean replacedProvisional, int revisedCases) {
    }

    public record YearView(int year, boolean provisional, List<Day> days) {

        public record Day(LocalDate date, String kind, String name) {
        }
    }
}
