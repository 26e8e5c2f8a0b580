package vn.phoyen.workflow.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A superior's answer to a draft (ADR 0004): {@code approvalDecision} = {@code approve} | {@code return}, a return
 * with its {@code returnReason}.
 */
public enum ApprovalDecision {

    APPROVE, RETURN;

    public static final String VARIABLE = "approvalDecision";
    public static final String RETURN_REASON = "returnReason";

    /**
     * The decision as the form sent it.
     *
     * @param returned what is being returned, as the refusal names it ("dự thảo kế hoạch")
     * @throws Refusal naming the field when the decision is missing or a return has no reason
     */
    public static ApprovalDecision of(Object decision, Object returnReason, String returned) {
        ApprovalDecision chosen = Optional.ofNullable(decision).map(Object::toString)
                .flatMap(ApprovalDecision::ofCode).orElseThrow(() -> new Refusal(
                        "Cần chọn ý kiến ('" + VARIABLE + "': approve hoặc return)"));
        if (chosen == RETURN && !(returnReason instanceof String reason && !reason.isBlank())) {
            throw new Refusal("Cần ghi lý do trả lại " + returned + " ('" + RETURN_REASON + "')");
        }
        return chosen;
    }

    /** The value the form sends: approve, return. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static Optional<ApprovalDecision> ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code().equals(code)).findFirst();
    }
}
