package vn.phoyen.workflow.plan;

import java.util.Arrays;
import java.util.Optional;

/** The 8 dimensions (chỉ số nội dung) of PAPI, numbered and named as papi.org.vn does. */
public enum PapiDimension {
    PARTICIPATION(1, "Tham gia của người dân ở cấp cơ sở"),
    TRANSPARENCY(2, "Công khai, minh bạch"),
    VERTICAL_ACCOUNTABILITY(3, "Trách nhiệm giải trình với người dân"),
    CONTROL_OF_CORRUPTION(4, "Kiểm soát tham nhũng trong khu vực công"),
    ADMINISTRATIVE_PROCEDURES(5, "Thủ tục hành chính công"),
    PUBLIC_SERVICE_DELIVERY(6, "Cung ứng dịch vụ công"),
    ENVIRONMENTAL_GOVERNANCE(7, "Quản trị môi trường"),
    E_GOVERNANCE(8, "Quản trị điện tử");

    private final int number;
    private final String vietnameseName;

    PapiDimension(int number, String vietnameseName) {
        this.number = number;
        this.vietnameseName = vietnameseName;
    }

    public int number() {
        return number;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** "2 – Công khai, minh bạch", as reports and the dashboard show it. */
    public String label() {
        return number + " – " + vietnameseName;
    }

    static Optional<PapiDimension> ofNumber(int number) {
        return Arrays.stream(values()).filter(dimension -> dimension.number == number).findFirst();
    }
}
