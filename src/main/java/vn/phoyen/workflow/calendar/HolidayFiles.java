package vn.phoyen.workflow.calendar;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/**
 * Loads the yearly holidays files {@code holidays-<year>.csv} (columns {@code date,kind,name}): those shipped in the
 * jar ({@code classpath:calendar/}) and those the administrator adds in the calendar directory outside it, which
 * take precedence for their year. Each file is checked line by line; the first problem stops loading with the file
 * name and line number.
 */
final class HolidayFiles {

    static final String CLASSPATH_DIRECTORY = "classpath*:calendar";

    static final Pattern FILE_NAME = Pattern.compile("holidays-(\\d{4})\\.csv");

    private HolidayFiles() {
    }

    static String fileNameFor(int year) {
        return "holidays-" + year + ".csv";
    }

    /**
     * The official years found in the given directories (Spring resource locations such as {@code classpath*:calendar}
     * or {@code file:/etc/ward/calendar}); a year found in a later directory replaces the same year of an earlier one.
     */
    static List<CalendarYear> readAll(String... directories) {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        for (String directory : directories) {
            Map<Integer, String> fileByYear = new HashMap<>();
            for (Resource resource : find(directory)) {
                String file = directory.replaceFirst("^classpath\\*?:", "") + "/" + resource.getFilename();
                int year = yearOf(file, resource.getFilename());
                if (fileByYear.putIfAbsent(year, file) != null) {
                    // e.g. the same file in two jars: which one wins would depend on the classpath order
                    throw new DataFileException("%s: năm %d được khai báo hai lần trong %s".formatted(file, year, directory));
                }
                years.put(year, readYear(resource, file, year));
            }
        }
        if (years.isEmpty()) {
            throw new DataFileException("không có tệp holidays-<năm>.csv nào trong " + String.join(", ", directories));
        }
        return List.copyOf(years.values());
    }

    /** Checks one year's notice as the administrator sends it; {@code file} names it in errors. */
    static CalendarYear read(int year, byte[] content, String file) {
        return readYear(new ByteArrayResource(content), file, year);
    }

    private static Resource[] find(String directory) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(directory + "/holidays-*.csv");
        }
        catch (FileNotFoundException absent) {
            // the administrator's directory does not exist until the first notice is stored
            return new Resource[0];
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Không liệt kê được các tệp ngày nghỉ trong " + directory, ex);
        }
    }

    private static int yearOf(String file, String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new DataFileException(file + ": tên tệp phải có dạng holidays-<năm>.csv, ví dụ holidays-2026.csv");
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static CalendarYear readYear(Resource resource, String file, int year) {
        Map<LocalDate, Integer> lineByDate = new HashMap<>();
        List<CalendarEntry> entries = new ArrayList<>();
        for (DataRow row : CalendarDataFiles.rows(resource, file, List.of("date", "kind", "name"))) {
            CalendarEntry entry = toEntry(row, year);
            CalendarDataFiles.requireFirst(lineByDate, entry.date(), row, "ngày " + entry.date());
            entries.add(entry);
        }
        return new CalendarYear(year, entries, false);
    }

    private static CalendarEntry toEntry(DataRow row, int year) {
        LocalDate date = row.date("date");
        if (date.getYear() != year) {
            throw row.error("ngày %s không thuộc năm %d".formatted(date, year));
        }
        String kindCode = row.required("kind");
        DayKind kind = DayKind.fromCode(kindCode).orElseThrow(() -> row.error(
                "loại ngày '%s' không hợp lệ (chọn một trong: %s)".formatted(kindCode, DayKind.allCodes())));
        if (kind == DayKind.MAKE_UP_WORKDAY && date.getDayOfWeek() != DayOfWeek.SATURDAY) {
            throw row.error("ngày làm bù %s là %s, không phải thứ Bảy".formatted(date, vietnameseName(date.getDayOfWeek())));
        }
        return new CalendarEntry(date, kind, row.required("name"));
    }

    /** Spelt out here rather than taken from the JDK's locale data, whose capitalisation varies between versions. */
    private static String vietnameseName(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}
