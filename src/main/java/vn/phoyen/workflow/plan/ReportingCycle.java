package vn.phoyen.workflow.plan;

/** How often a plan task reports; the length of its periods in months. */
public enum ReportingCycle {
    MONTHLY(1, "hằng tháng"),
    QUARTERLY(3, "hằng quý"),
    HALF_YEARLY(6, "6 tháng một lần"),
    YEARLY(12, "hằng năm");

    private final int months;
    private final String label;

    ReportingCycle(int months, String label) {
        this.months = months;
        this.label = label;
    }

    /** "hằng quý", as a plan's text says how often units report. */
    String label() {
        return label;
    }

    int months() {
        return months;
    }

    int periodsPerYear() {
        return 12 / months;
    }
}
