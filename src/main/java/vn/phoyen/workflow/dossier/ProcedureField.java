package vn.phoyen.workflow.dossier;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The field (lĩnh vực) of a procedure a ward settles, as the one-stop system's export names it by code. A closed list in
 * code, not a data file: the land field is singled out by the rules (listed and counted apart), and a code the ward
 * does not know is a bad row to report, not a new field.
 */
enum ProcedureField {
    LAND("dat-dai", "Đất đai"),
    CIVIL_STATUS("ho-tich", "Hộ tịch"),
    CERTIFICATION("chung-thuc", "Chứng thực"),
    CONSTRUCTION("xay-dung", "Xây dựng"),
    HOUSEHOLD_BUSINESS("ho-kinh-doanh", "Thành lập và hoạt động của hộ kinh doanh"),
    SOCIAL_PROTECTION("bao-tro-xa-hoi", "Bảo trợ xã hội"),
    MERITORIOUS_PEOPLE("nguoi-co-cong", "Người có công"),
    ENVIRONMENT("moi-truong", "Môi trường"),
    OTHER("khac", "Lĩnh vực khác");

    private final String code;
    private final String vietnameseName;

    ProcedureField(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    String code() {
        return code;
    }

    String vietnameseName() {
        return vietnameseName;
    }

    static Optional<ProcedureField> ofCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(ProcedureField::code).collect(Collectors.joining(", "));
    }
}
