package vn.phoyen.workflow.organization;

/** A unit of the ward; its id is the Camunda group id of all its staff. */
public record Unit(String id, String name, UnitRole role) {

    /** The group of the unit's heads, who assign the unit's work to officers. */
    public String headsGroupId() {
        return id + "-heads";
    }

    String headsGroupName() {
        return "Lãnh đạo " + name;
    }
}
