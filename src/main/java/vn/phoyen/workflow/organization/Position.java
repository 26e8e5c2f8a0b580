package vn.phoyen.workflow.organization;

import java.util.Arrays;
import java.util.Optional;

/** A staff member's position: a unit head assigns work inside the unit, an officer does it. */
public enum Position {
    HEAD("head"),
    OFFICER("officer"),
    ADMINISTRATOR("admin");

    private final String code;

    Position(String code) {
        this.code = code;
    }

    static Optional<Position> ofCode(String code) {
        return Arrays.stream(values()).filter(position -> position.code.equals(code)).findFirst();
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(position -> position.code).toList());
    }
}
