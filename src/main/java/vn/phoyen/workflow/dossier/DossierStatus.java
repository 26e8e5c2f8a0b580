package vn.phoyen.workflow.dossier;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the one-stop system says a dossier stands. {@code settled} has its result (settled date), {@code returned} has
 * also been handed back (returned date); {@code withdrawn} was withdrawn or stopped at the citizen's request and is never
 * late.
 */
enum DossierStatus {
    RECEIVED("received", "Mới tiếp nhận"),
    PROCESSING("processing", "Đang giải quyết"),
    SETTLED("settled", "Đã có kết quả"),
    RETURNED("returned", "Đã trả kết quả"),
    WITHDRAWN("withdrawn", "Đã rút, dừng giải quyết");

    private final String code;
    private final String vietnameseName;

    DossierStatus(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    String code() {
        return code;
    }

    String vietnameseName() {
        return vietnameseName;
    }

    /** Still with the ward: the dossier can become late. */
    boolean pending() {
        return this == RECEIVED || this == PROCESSING;
    }

    static Optional<DossierStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(DossierStatus::code).collect(Collectors.joining(", "));
    }
}
