package vn.phoyen.workflow.cases;

/** The kinds of cases residents bring, with the prefix of their case numbers. */
public enum CaseKind {
    COMPLAINT("KN"),
    DENUNCIATION("TC"),
    CITIZEN_RECEPTION("TD"),
    FEEDBACK("PA");

    private final String prefix;

    CaseKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
