package vn.phoyen.workflow.referencedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the project's reference-data files: UTF-8 CSV with a header line, '#' comment lines and
 * double-quoted fields where a value holds a comma (Vietnamese unit names often do).
 */
public final class CsvDataFile {

    private CsvDataFile() {
    }

    public static List<DataRow> read(String fileName, InputStream content) {
        return read(fileName, content, List.of());
    }

    /**
     * As {@link #read(String, InputStream)}, refusing a header without one of {@code columns}: a file whose header line
     * is missing would otherwise take its first row for the header and read as having no rows at all.
     */
    public static List<DataRow> read(String fileName, InputStream content, List<String> columns) {
        return read(fileName, content, columns, badRow -> {
            throw badRow;
        });
    }

    /**
     * As {@link #read(String, InputStream, List)}, but a row that does not read (a wrong number of columns, a quote
     * left open) goes to {@code badRows} and the reading goes on: an import must not lose its good rows to a bad one.
     * A file without its header line is still refused whole.
     */
    public static List<DataRow> read(String fileName, InputStream content, List<String> columns,
            Consumer<DataFileException> badRows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<DataRow> rows = new ArrayList<>();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> values;
                try {
                    values = split(fileName, lineNumber, line);
                } catch (DataFileException badRow) {
                    if (header == null) {
                        throw badRow;
                    }
                    badRows.accept(badRow);
                    continue;
                }
                if (header == null) {
                    List<String> names = values.stream().map(String::trim).toList();
                    List<String> missing = columns.stream().filter(column -> !names.contains(column)).toList();
                    if (!missing.isEmpty()) {
                        throw new DataFileException("%s dòng %d: dòng tiêu đề thiếu cột %s (cần: %s)".formatted(fileName,
                                lineNumber, String.join(", ", missing), String.join(",", columns)));
                    }
                    header = names;
                } else {
                    try {
                        rows.add(DataRow.of(fileName, lineNumber, header, values));
                    } catch (DataFileException badRow) {
                        badRows.accept(badRow);
                    }
                }
            }
            if (header == null) {
                throw new DataFileException(fileName + ": tệp trống, thiếu dòng tiêu đề");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + fileName, e);
        }
    }

    private static List<String> split(String fileName, int lineNumber, String line) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                values.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new DataFileException(fileName + " dòng " + lineNumber + ": thiếu dấu \" đóng");
        }
        values.add(current.toString());
        return values;
    }
}
