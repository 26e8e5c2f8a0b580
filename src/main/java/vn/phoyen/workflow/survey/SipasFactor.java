package vn.phoyen.workflow.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five factors of the public administrative service process that SIPAS measures (QĐ 2640/QĐ-BNV, kept by
 * QĐ 1001/QĐ-BNV for 2023–2026; vietnam-rules.md §7.2), in the order the published results list them.
 */
public enum SipasFactor {

    ACCESS("tiep-can", "Tiếp cận dịch vụ"),
    PROCEDURES("thu-tuc", "Thủ tục hành chính"),
    CIVIL_SERVANTS("cong-chuc", "Công chức giải quyết công việc"),
    RESULTS("ket-qua", "Kết quả cung ứng dịch vụ"),
    FEEDBACK("gop-y", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị");

    private final String code;
    private final String label;

    SipasFactor(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static Optional<SipasFactor> of(String code) {
        return Arrays.stream(values()).filter(factor -> factor.code.equals(code)).findFirst();
    }
}
