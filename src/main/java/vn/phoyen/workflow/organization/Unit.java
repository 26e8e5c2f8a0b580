package vn.phoyen.workflow.organization;

/**
 * A unit of the ward; its id is the Camunda group id of all its staff.
 *
 * @param invited a body the plan invites rather than orders ("Đề nghị …": the Council's committee, the Party's
 *                inspection committee, the Fatherland Front): its share of a task is a request it may answer, never
 *                chased as late work
 */
public record Unit(String id, String name, UnitRole role, boolean invited) {

    /** A unit the plan orders, as every unit was before invited bodies were told apart. */
    public Unit(String id, String name, UnitRole role) {
        this(id, name, role, false);
    }

    /** The group of the unit's heads, who assign the unit's work to officers. */
    public String headsGroupId() {
        return id + "-heads";
    }

    String headsGroupName() {
        return "Lãnh đạo " + name;
    }
}
