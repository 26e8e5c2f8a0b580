package vn.phoyen.workflow.complaint;

/** The codes of the complaint periods in the statutory table (calendar/statutory-periods.csv). */
final class ComplaintPeriods {

    static final String ACCEPTANCE = "complaint-acceptance";
    static final String RESOLUTION = "complaint-resolution";
    static final String TIME_LIMIT = "complaint-time-limit";
    static final String RESPONSE = "complaint-response";
    static final String LEGAL_EFFECT = "complaint-decision-effect";
    static final String NOTICE = "complaint-notice";
    static final String IMPLEMENTATION = "complaint-implementation";

    private ComplaintPeriods() {
    }

    /** The period's row for a remote area (suffix {@code -remote}) when the case has {@code remoteArea} true. */
    static String code(String base, Object remoteArea) {
        return base + (Boolean.TRUE.equals(remoteArea) ? "-remote" : "");
    }

    /** The resolution period (Art. 28): 30 days, 45 complex, 45 remote, 60 both. */
    static String resolution(boolean complex, boolean remote) {
        return RESOLUTION + (complex ? "-complex" : "") + (remote ? "-remote" : "");
    }
}
