package vn.phoyen.workflow.dossier;

import java.util.List;

/**
 * What an import did with one file: rows read, new dossiers, dossiers updated, rows kept out because the stored state
 * is later, the bad rows (file, line and field, in Vietnamese), and the follow-up it set off.
 */
record ImportReport(String file, int inserted, int updated, int kept, List<String> problems, int lateStarted,
                    int lateClosed, int warned) {

    /** The report as a text file beside a processed export, and as the upload page shows it. */
    String text() {
        StringBuilder text = new StringBuilder()
                .append("Tệp ").append(file).append(": ").append(inserted).append(" hồ sơ mới, ")
                .append(updated).append(" hồ sơ cập nhật, ").append(kept)
                .append(" dòng bỏ qua vì hệ thống đã có trạng thái mới hơn, ")
                .append(problems.size()).append(" dòng lỗi.\n")
                .append("Hồ sơ quá hạn mở quy trình xin lỗi: ").append(lateStarted)
                .append("; quy trình kết thúc vì hồ sơ đã có kết quả: ").append(lateClosed)
                .append("; hồ sơ được nhắc sắp đến hạn: ").append(warned).append(".\n");
        problems.forEach(problem -> text.append(problem).append('\n'));
        return text.toString();
    }
}
