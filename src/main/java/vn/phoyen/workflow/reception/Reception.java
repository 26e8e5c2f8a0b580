package vn.phoyen.workflow.reception;

/**
 * The reception a matter was raised at, as its start variables and case number recorded it.
 *
 * @param caseNumber     the reception's business key, e.g. TD-2026-0001
 * @param receptionDate  yyyy-MM-dd
 * @param visitorName    the visitor (for a group, its representative)
 * @param visitorAddress where the visitor lives, also how to reach them
 * @param visitorIdNumber the visitor's ID number ("" when not recorded)
 */
public record Reception(String caseNumber, String receptionDate, String visitorName, String visitorAddress,
                        String visitorIdNumber) {

    public Reception(String caseNumber, String receptionDate, String visitorName, String visitorAddress) {
        this(caseNumber, receptionDate, visitorName, visitorAddress, "");
    }

    /** The visitor's identity has left the reception (moved to a denouncer's vault earlier in this visit). */
    public boolean visitorSealed() {
        return visitorName == null || visitorName.isBlank();
    }
}
