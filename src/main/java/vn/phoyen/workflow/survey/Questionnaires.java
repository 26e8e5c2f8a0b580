package vn.phoyen.workflow.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/**
 * The questionnaire versions of {@code survey/questionnaires.csv}, checked when read (errors name file and line):
 * a known factor, a question code once per version, and every version covering all five factors, so that no
 * campaign can run without an index for one of them.
 */
final class Questionnaires {

    static final String FILE = "survey/questionnaires.csv";
    static final int QUESTION_LENGTH = 300;

    private final Map<String, Questionnaire> versions;

    private Questionnaires(Map<String, Questionnaire> versions) {
        this.versions = versions;
    }

    static Questionnaires fromClasspath() {
        try (InputStream content = Questionnaires.class.getClassLoader().getResourceAsStream(FILE)) {
            if (content == null) {
                throw new DataFileException(FILE + ": không tìm thấy tệp bộ câu hỏi");
            }
            return read(FILE, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaires read(String fileName, InputStream content) {
        List<DataRow> rows = CsvDataFile.read(fileName, content, List.of("version", "factor", "code", "question"));
        Map<String, List<Questionnaire.Question>> questions = new LinkedHashMap<>();
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        for (DataRow row : rows) {
            String version = row.required("version");
            String factor = row.required("factor");
            if (SipasFactor.of(factor).isEmpty()) {
                throw row.error("yếu tố '" + factor + "' không có trong 5 yếu tố của SIPAS (tiep-can, thu-tuc, "
                        + "cong-chuc, ket-qua, gop-y)");
            }
            String code = row.required("code");
            if (!code.matches("[A-Za-z0-9-]{1,32}")) {
                throw row.error("mã câu hỏi '" + code + "' chỉ gồm chữ không dấu, số, dấu gạch ngang (tối đa 32)");
            }
            if (!codes.computeIfAbsent(version, v -> new HashSet<>()).add(code)) {
                throw row.error("mã câu hỏi '" + code + "' đã có trong phiên bản " + version);
            }
            String question = row.required("question");
            if (question.length() > QUESTION_LENGTH) {
                throw row.error("câu hỏi dài quá " + QUESTION_LENGTH + " ký tự");
            }
            questions.computeIfAbsent(version, v -> new ArrayList<>())
                    .add(new Questionnaire.Question(code, factor, question));
        }
        if (questions.isEmpty()) {
            throw new DataFileException(fileName + ": chưa có câu hỏi nào");
        }
        Map<String, Questionnaire> versions = new LinkedHashMap<>();
        questions.forEach((version, list) -> {
            Set<SipasFactor> missing = EnumSet.allOf(SipasFactor.class);
            list.forEach(question -> missing.remove(SipasFactor.of(question.factor()).orElseThrow()));
            if (!missing.isEmpty()) {
                throw new DataFileException(fileName + ": phiên bản " + version + " chưa có câu hỏi cho yếu tố "
                        + String.join("; ", missing.stream().map(SipasFactor::label).toList()));
            }
            versions.put(version, new Questionnaire(version, list));
        });
        return new Questionnaires(versions);
    }

    Optional<Questionnaire> version(String version) {
        return Optional.ofNullable(versions.get(version));
    }

    /** The version a campaign takes when the office names none: the last one in the file. */
    Questionnaire latest() {
        return versions.values().stream().reduce((first, second) -> second).orElseThrow();
    }

    Set<String> versions() {
        return versions.keySet();
    }
}
