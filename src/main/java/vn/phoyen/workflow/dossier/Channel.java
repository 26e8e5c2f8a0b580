package vn.phoyen.workflow.dossier;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a dossier reached the one-stop office; "online" is the numerator of the online rate (Decision 766). */
enum Channel {
    ONLINE("online", "Trực tuyến"),
    DIRECT("direct", "Trực tiếp"),
    POSTAL("postal", "Qua bưu chính công ích");

    private final String code;
    private final String vietnameseName;

    Channel(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    String code() {
        return code;
    }

    String vietnameseName() {
        return vietnameseName;
    }

    static Optional<Channel> ofCode(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code.equals(code)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(Channel::code).collect(Collectors.joining(", "));
    }
}
