package vn.phoyen.workflow.feedback;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contract's feedback categories, in the order residents choose from, with their Vietnamese names (the same as
 * the desk's form {@code reception-matter}); {@code feedback-routing} maps each to its units.
 */
public enum FeedbackCategory {
    THU_TUC_HANH_CHINH("thu-tuc-hanh-chinh", "Thủ tục hành chính"),
    DAT_DAI("dat-dai", "Đất đai"),
    MOI_TRUONG("moi-truong", "Môi trường"),
    HA_TANG("ha-tang", "Hạ tầng, giao thông, đô thị"),
    AN_NINH_TRAT_TU("an-ninh-trat-tu", "An ninh, trật tự"),
    Y_TE("y-te", "Y tế"),
    GIAO_DUC("giao-duc", "Giáo dục"),
    CHINH_SACH_XA_HOI("chinh-sach-xa-hoi", "Chính sách xã hội"),
    KHAC("khac", "Lĩnh vực khác");

    private final String code;
    private final String label;

    FeedbackCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(category -> category.code.equals(code));
    }

    static Set<String> codes() {
        return Arrays.stream(values()).map(category -> category.code).collect(Collectors.toUnmodifiableSet());
    }

    /** The Vietnamese name of a category code; the code itself if it is not one of the contract's. */
    static String label(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).map(category -> category.label)
                .findFirst().orElse(code);
    }
}
