package vn.phoyen.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataRow;

/** What the holidays files and the statutory periods table share when they are loaded. */
final class CalendarDataFiles {

    private CalendarDataFiles() {
    }

    /**
     * The rows of a file, read by the project's reference-data reader; {@code file} names it in errors, and a header
     * without one of {@code columns} is refused.
     */
    static List<DataRow> rows(Resource resource, String file, List<String> columns) {
        try (InputStream content = resource.getInputStream()) {
            return CsvDataFile.read(file, content, columns);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Không đọc được " + file, ex);
        }
    }

    /** Remembers the row's line for the key; a key already seen on an earlier line is an error naming both lines. */
    static <K> void requireFirst(Map<K, Integer> firstLineByKey, K key, DataRow row, String what) {
        Integer firstLine = firstLineByKey.putIfAbsent(key, row.line());
        if (firstLine != null) {
            throw row.error("trùng %s (đã có ở dòng %d)".formatted(what, firstLine));
        }
    }
}
