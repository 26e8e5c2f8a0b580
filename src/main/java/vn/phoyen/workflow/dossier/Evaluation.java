package vn.phoyen.workflow.dossier;

import java.util.Optional;

/**
 * The citizen's evaluation of a dossier's handling, as exports give it: {@code satisfied}, {@code not-satisfied}, or a
 * score 1–5 (a score of 1 or 2 counts as not satisfied, 3 to 5 as satisfied, as the feedback ratings count). Only the
 * "not satisfied" ones enter the satisfaction rate (Decision 766: dossiers minus dissatisfied evaluations).
 */
record Evaluation(String code) {

    static final String SATISFIED = "satisfied";
    static final String NOT_SATISFIED = "not-satisfied";

    /** Empty for no evaluation. @throws IllegalArgumentException for anything else than the codes above */
    static Optional<Evaluation> parse(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.equals(SATISFIED) || text.equals(NOT_SATISFIED) || text.matches("[1-5]")) {
            return Optional.of(new Evaluation(text));
        }
        throw new IllegalArgumentException("'" + text + "' không phải đánh giá hợp lệ (để trống, " + SATISFIED + ", "
                + NOT_SATISFIED + " hoặc điểm từ 1 đến 5)");
    }

    boolean dissatisfied() {
        return code.equals(NOT_SATISFIED) || code.equals("1") || code.equals("2");
    }
}
