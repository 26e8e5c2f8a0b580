package vn.phoyen.workflow.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/**
 * Reads the ward's residential groups (columns {@code id,name,unit,term_ends}), checking each unit against the organisation:
 * organisation data, which the plan (work per group, elections) and dialogues (issues from every group) use.
 */
public final class ResidentialGroupFile {

    public static final String LOCATION = "organization/residential-groups.csv";

    private ResidentialGroupFile() {
    }

    public static List<ResidentialGroup> read(String file, Organization organization) {
        Map<String, Integer> lineById = new HashMap<>();
        List<ResidentialGroup> groups = new ArrayList<>();
        for (DataRow row : rows(file)) {
            String id = row.required("id");
            Integer firstLine = lineById.putIfAbsent(id, row.line());
            if (firstLine != null) {
                throw row.error("tổ dân phố '%s' đã có ở dòng %d".formatted(id, firstLine));
            }
            String unit = row.required("unit");
            if (organization.unit(unit).isEmpty()) {
                throw row.error("tổ dân phố '%s': cột 'unit': đơn vị '%s' không có trong danh sách đơn vị".formatted(id, unit));
            }
            groups.add(new ResidentialGroup(id, row.required("name"), unit, row.date("term_ends")));
        }
        if (groups.isEmpty()) {
            throw new DataFileException(file + ": chưa có tổ dân phố nào");
        }
        return List.copyOf(groups);
    }

    private static List<DataRow> rows(String file) {
        ClassPathResource resource = new ClassPathResource(file);
        if (!resource.exists()) {
            throw new DataFileException(file + ": không tìm thấy tệp");
        }
        try (InputStream content = resource.getInputStream()) {
            return CsvDataFile.read(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + file, e);
        }
    }
}
