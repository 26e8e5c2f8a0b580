package vn.phoyen.workflow.dashboard;

import java.util.List;

/**
 * A procedure whose cases the figures count, as the figures name it. Where its model keeps the received day, the unit,
 * the due day and the resolution is its feature's business: the figures read the facts it records (ADR 0006).
 */
record CaseProcedure(String processKey, String name) {

    /** In the order reports list them. */
    static final List<CaseProcedure> ALL = List.of(
            new CaseProcedure("complaint", "Khiếu nại"),
            new CaseProcedure("denunciation", "Tố cáo"),
            new CaseProcedure("feedback", "Phản ánh, kiến nghị"),
            new CaseProcedure("citizen-reception", "Tiếp công dân"));
}
