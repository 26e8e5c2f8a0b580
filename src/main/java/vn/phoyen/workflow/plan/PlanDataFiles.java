package vn.phoyen.workflow.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/** Reads the plan's data files from the classpath through the project's reference-data reader. */
final class PlanDataFiles {

    private PlanDataFiles() {
    }

    static boolean exists(String file) {
        return new ClassPathResource(file).exists();
    }

    /** The rows of a classpath file; {@code file} is its path, which error messages name. */
    static List<DataRow> rows(String file) {
        if (!exists(file)) {
            throw new DataFileException(file + ": không tìm thấy tệp");
        }
        try (InputStream content = new ClassPathResource(file).getInputStream()) {
            return CsvDataFile.read(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + file, e);
        }
    }
}
