package vn.phoyen.workflow.survey;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures as people read them: "87,5% (40)", the share and the answers behind it; "–" where no index. */
final class SurveyTable {

    private SurveyTable() {
    }

    /** "87,5% (40)"; "– (0)" without answers. */
    static String share(Double percent, int answers) {
        return percent(percent) + " (" + answers + ")";
    }

    static String percent(Double percent) {
        if (percent == null) {
            return "–";
        }
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"))).format(percent)
                + "%";
    }

    /** A Markdown table for a task form: a row per quarter, area and unit. */
    static String markdown(List<SurveyResult> results) {
        if (results.isEmpty()) {
            return "Chưa có phiếu trả lời nào: không có chỉ số.";
        }
        String header = "| Quý | Lĩnh vực | Đơn vị | Số phiếu | " + List.of(SipasFactor.values()).stream()
                .map(SipasFactor::label).collect(Collectors.joining(" | ")) + " | Chỉ số chung |";
        String rule = "|---|---|---|---:|" + "---:|".repeat(SipasFactor.values().length) + "---:|";
        String rows = results.stream().map(result -> "| " + result.quarterLabel() + " | " + result.areaLabel() + " | "
                + result.unitName() + " | " + result.respondents() + " | "
                + result.factors().stream().map(factor -> share(factor.percent(), factor.answers()))
                        .collect(Collectors.joining(" | "))
                + " | " + share(result.overall().percent(), result.overall().answers()) + " |")
                .collect(Collectors.joining("\n"));
        return header + "\n" + rule + "\n" + rows + "\n\nTỷ lệ = số câu trả lời \"Hài lòng\" hoặc \"Rất hài lòng\" / "
                + "số câu trả lời của yếu tố (trong ngoặc); chỉ số chung = trung bình cộng 5 chỉ số yếu tố.";
    }
}
