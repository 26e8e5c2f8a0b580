package vn.phoyen.workflow.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/** Reads the plan's data files, from the classpath or as texts, through the project's reference-data reader. */
final class PlanDataFiles {

    private PlanDataFiles() {
    }

    static boolean exists(String file) {
        return new ClassPathResource(file).exists();
    }

    /** The three files of a classpath directory such as "plan/2025"; a missing one is an error naming it. */
    static PlanFiles onClasspath(String directory) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : PlanFiles.NAMES) {
            String file = directory + "/" + name;
            if (!exists(file)) {
                throw new DataFileException(file + ": không tìm thấy tệp");
            }
            try (InputStream content = new ClassPathResource(file).getInputStream()) {
                texts.put(name, new String(content.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được " + file, e);
            }
        }
        return new PlanFiles(directory, "", texts);
    }

    /** The rows of one of the files; errors name it as {@link PlanFiles#nameOf} does. */
    static List<DataRow> rows(PlanFiles files, String file) {
        return CsvDataFile.read(files.nameOf(file),
                new ByteArrayInputStream(files.text(file).getBytes(StandardCharsets.UTF_8)));
    }
}
