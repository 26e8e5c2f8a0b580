package vn.phoyen.workflow.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The official holidays notices of the Government, as the administrator loads them without a new build: a notice is
 * checked line by line, stored in the calendar directory (so a restart keeps it), made effective at once, and every
 * running case whose deadlines were counted on that year's provisional days is counted again. Nodes sharing one database
 * share the directory too (a network file system or volume): each node picks up a notice another node stored
 * ({@link #loadChangedFiles}, every minute).
 */
public class CalendarNotices {

    private final WorkingCalendar calendar;
    private final Path directory;
    private final DeadlineRevision revision;
    /** The notices of the directory as this node last made them effective: name and time of the last change. */
    private final Map<String, FileTime> effective;

    CalendarNotices(WorkingCalendar calendar, Path directory, DeadlineRevision revision) {
        this.calendar = calendar;
        this.directory = directory;
        this.revision = revision;
        // the calendar was built from these at start-up
        this.effective = noticeFiles();
    }

    /**
     * @throws vn.phoyen.workflow.referencedata.DataFileException naming the line, when the notice is not valid
     */
    public synchronized LoadedNotice load(int year, byte[] csv, LocalDate today) {
        String file = HolidayFiles.fileNameFor(year);
        CalendarYear official = HolidayFiles.read(year, csv, file);
        store(file, csv);
        effective.put(file, lastModified(directory.resolve(file)));
        boolean wasProvisional = calendar.isProvisional(year);
        calendar.install(official);
        revision.clearProvisionalNotes(year);
        int revisedCases = revision.reviseAll("nạp lịch nghỉ chính thức năm " + year, today);
        return new LoadedNotice(year, official.entries().size(), wasProvisional, revisedCases);
    }

    /**
     * Makes effective on this node the notices another node stored since (new or changed files of the directory), and
     * counts again the cases counted on their provisional days, here too: a case this node counted before it saw the
     * notice. The revision moves only what the notice changes, so a case the other node revised already stays.
     *
     * @return the years made effective, usually none
     * @throws vn.phoyen.workflow.referencedata.DataFileException naming the file and line, when a file is not valid
     */
    public synchronized List<Integer> loadChangedFiles(LocalDate today) {
        List<Integer> years = new ArrayList<>();
        for (Map.Entry<String, FileTime> file : noticeFiles().entrySet()) {
            if (file.getValue().equals(effective.get(file.getKey()))) {
                continue;
            }
            Matcher name = HolidayFiles.FILE_NAME.matcher(file.getKey());
            name.matches();
            int year = Integer.parseInt(name.group(1));
            try {
                calendar.install(HolidayFiles.read(year, Files.readAllBytes(directory.resolve(file.getKey())),
                        file.getKey()));
            } catch (IOException ex) {
                throw new UncheckedIOException("Không đọc được " + directory.resolve(file.getKey()), ex);
            }
            effective.put(file.getKey(), file.getValue());
            revision.clearProvisionalNotes(year);
            years.add(year);
        }
        if (!years.isEmpty()) {
            revision.reviseAll("nạp lịch nghỉ chính thức năm " + years.stream().map(String::valueOf)
                    .reduce((one, other) -> one + ", " + other).orElseThrow(), today);
        }
        return years;
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

    private Map<String, FileTime> noticeFiles() {
        Map<String, FileTime> files = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(path -> HolidayFiles.FILE_NAME.matcher(path.getFileName().toString()).matches())
                    .forEach(path -> files.put(path.getFileName().toString(), lastModified(path)));
        } catch (IOException ex) {
            throw new UncheckedIOException("Không đọc được thư mục " + directory, ex);
        }
        return files;
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException ex) {
            throw new UncheckedIOException("Không đọc được " + file, ex);
        }
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
