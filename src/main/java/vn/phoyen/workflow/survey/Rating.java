package vn.phoyen.workflow.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 5-point scale of every question (vietnam-rules.md §7.4, UNVERIFIED wording of the middle point). Only
 * {@link #SATISFIED} and {@link #VERY_SATISFIED} count as satisfied in the index.
 */
enum Rating {

    VERY_DISSATISFIED(1, "Rất không hài lòng"),
    DISSATISFIED(2, "Không hài lòng"),
    NEUTRAL(3, "Bình thường"),
    SATISFIED(4, "Hài lòng"),
    VERY_SATISFIED(5, "Rất hài lòng");

    private final int value;
    private final String label;

    Rating(int value, String label) {
        this.value = value;
        this.label = label;
    }

    int value() {
        return value;
    }

    String label() {
        return label;
    }

    static boolean satisfied(int value) {
        return value >= SATISFIED.value;
    }

    static Optional<Rating> of(int value) {
        return Arrays.stream(values()).filter(rating -> rating.value == value).findFirst();
    }
}
