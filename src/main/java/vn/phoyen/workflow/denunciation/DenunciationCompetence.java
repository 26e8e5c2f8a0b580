package vn.phoyen.workflow.denunciation;

import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/**
 * Who resolves a denunciation, by the unit of the person denounced (Law 25/2018 Art. 13(1), Art. 24(2)), as data:
 * {@code organization/denunciation-competence.csv}, one row per unit. The ward's Chairman resolves denunciations
 * against the staff he or she manages directly ({@link #WARD}); any other is transferred to the body named
 * ({@link #TRANSFER}). A broken file stops the start naming the file and the line.
 */
public final class DenunciationCompetence {

    /** The ward handles the case. */
    public static final String WARD = "ward";
    /** The case goes to the competent body outside the ward. */
    public static final String TRANSFER = "transfer";

    public static final String FILE = "organization/denunciation-competence.csv";

    /** One unit's row. */
    public record Rule(String unit, String resolver, String competentBody, String citation) {
        public boolean transferred() {
            return TRANSFER.equals(resolver);
        }
    }

    private final Map<String, Rule> byUnit;

    private DenunciationCompetence(Map<String, Rule> byUnit) {
        this.byUnit = Map.copyOf(byUnit);
    }

    /** Reads and checks the file against the ward's units: every unit exactly once, nothing else. */
    public static DenunciationCompetence read(String fileName, InputStream content, Collection<String> unitIds) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (DataRow row : CsvDataFile.read(fileName, content)) {
            String unit = row.required("unit");
            if (!unitIds.contains(unit)) {
                throw row.error("đơn vị '" + unit + "' không có trong danh sách đơn vị của phường");
            }
            String resolver = row.required("resolver");
            if (!Set.of(WARD, TRANSFER).contains(resolver)) {
                throw row.error("cột 'resolver' phải là ward hoặc transfer, không phải '" + resolver + "'");
            }
            Rule rule = new Rule(unit, resolver, row.required("competent_body"), row.required("citation"));
            if (rules.putIfAbsent(unit, rule) != null) {
                throw row.error("đơn vị '" + unit + "' đã có dòng thẩm quyền ở trên");
            }
        }
        Set<String> missing = new TreeSet<>(unitIds);
        missing.removeAll(rules.keySet());
        if (!missing.isEmpty()) {
            throw new DataFileException(fileName + ": thiếu thẩm quyền giải quyết tố cáo của đơn vị " + missing);
        }
        return new DenunciationCompetence(rules);
    }

    /** The rule for the accused's unit; the unit has been checked to exist. */
    public Rule of(String accusedUnit) {
        Rule rule = byUnit.get(accusedUnit);
        if (rule == null) {
            throw new IllegalArgumentException("không có thẩm quyền giải quyết tố cáo cho đơn vị '" + accusedUnit + "'");
        }
        return rule;
    }
}
