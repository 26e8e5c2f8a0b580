package vn.phoyen.workflow.plan;

/** A plan year was asked for that has no data under {@code plan/<year>/}. */
public class UnknownPlanYearException extends RuntimeException {

    UnknownPlanYearException(int year) {
        super("Chưa có dữ liệu kế hoạch năm " + year);
    }
}
