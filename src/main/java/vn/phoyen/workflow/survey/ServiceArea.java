package vn.phoyen.workflow.survey;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a campaign surveys: the three services the plan has the ward measure satisfaction with — administrative
 * procedures (KH54 lines 5, 11: SIPAS itself), public health (line 81: "khảo sát mức độ hài lòng … dịch vụ y tế
 * công") and public education (line 85: "… dịch vụ giáo dục công"). A closed list.
 */
public enum ServiceArea {

    PROCEDURES("thu-tuc-hanh-chinh", "Dịch vụ hành chính công (thủ tục hành chính)"),
    HEALTH("y-te", "Dịch vụ y tế công"),
    EDUCATION("giao-duc", "Dịch vụ giáo dục công");

    private final String code;
    private final String label;

    ServiceArea(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static Optional<ServiceArea> of(String code) {
        return Arrays.stream(values()).filter(area -> area.code.equals(code)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(ServiceArea::code).collect(Collectors.joining(", "));
    }
}
