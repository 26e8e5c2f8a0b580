package vn.phoyen.workflow.plan.yearclose;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the year's close says of a unit, in the plan's words (KH54 line 77: "biểu dương khen thưởng … phê bình, nhắc
 * nhở"): the office proposes one, the Chairman decides one.
 */
enum Proposal {
    COMMEND("commend", "Biểu dương, khen thưởng"),
    REMIND("remind", "Phê bình, nhắc nhở"),
    NONE("none", "Không đề xuất");

    private final String code;
    private final String label;

    Proposal(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    static Optional<Proposal> ofCode(Object code) {
        return Arrays.stream(values()).filter(proposal -> proposal.code.equals(code)).findFirst();
    }
}
