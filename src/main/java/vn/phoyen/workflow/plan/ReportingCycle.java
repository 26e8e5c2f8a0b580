package vn.phoyen.workflow.plan;

/** How often a plan task reports; the length of its periods in months. */
public enum ReportingCycle {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    ReportingCycle(int months) {
        this.months = months;
    }

    int months() {
        return months;
    }

    int periodsPerYear() {
        return 12 / months;
    }
}
