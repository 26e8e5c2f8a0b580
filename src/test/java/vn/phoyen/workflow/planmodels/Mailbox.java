package vn.phoyen.workflow.planmodels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.phoyen.workflow.TestMailServer;

/** The e-mails the demo staff received from the moment the mailbox was opened (the test server keeps all). */
final class Mailbox {

    private static final List<String> STAFF = List.of("vhxh", "vp", "kthtdt", "ttdvth", "ca", "mttq", "ubkt", "banktns",
            "lanhdao").stream().flatMap(unit -> java.util.stream.Stream.of(unit + ".head", unit + ".officer")).toList();

    private final Map<String, Integer> alreadyThere = new HashMap<>();

    private Mailbox() {
        STAFF.forEach(user -> alreadyThere.put(user, TestMailServer.subjectsTo(address(user)).size()));
    }

    static Mailbox open() {
        return new Mailbox();
    }

    /** Subjects of the messages the demo user received since the mailbox was opened. */
    List<String> subjectsTo(String userId) {
        List<String> all = TestMailServer.subjectsTo(address(userId));
        return all.subList(alreadyThere.getOrDefault(userId, 0), all.size());
    }

    private static String address(String userId) {
        return userId + "@phoyen.local";
    }
}
