package vn.phoyen.workflow.reception;

import java.util.Arrays;
import java.util.Optional;

/** How a matter raised at a reception is handled (Law 42/2013/QH13 Arts. 27, 28): the codes of the form's select. */
public enum Handling {

    ANSWERED("answered", null, "trả lời tại chỗ"),
    COMPLAINT("complaint", "complaint", "khiếu nại"),
    DENUNCIATION("denunciation", "denunciation", "tố cáo"),
    FEEDBACK("feedback", "feedback", "phản ánh, kiến nghị");

    private final String code;
    private final String processKey;
    private final String label;

    Handling(String code, String processKey, String label) {
        this.code = code;
        this.processKey = processKey;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The case process the matter starts, empty when it is answered on the spot. */
    public Optional<String> processKey() {
        return Optional.ofNullable(processKey);
    }

    public String label() {
        return label;
    }

    static Optional<Handling> fromCode(Object code) {
        return Arrays.stream(values()).filter(handling -> handling.code.equals(code)).findFirst();
    }
}
