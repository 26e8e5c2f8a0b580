package vn.phoyen.workflow.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ward's units and staff as loaded from the organisation files. */
public record Organization(List<Unit> units, List<Member> members) {

    public static final String ADMINISTRATORS_GROUP = "camunda-admin";

    public Unit supervisingOffice() {
        return onlyUnitWith(UnitRole.SUPERVISING_OFFICE);
    }

    public Unit supervisors() {
        return onlyUnitWith(UnitRole.SUPERVISORS);
    }

    /** The office that receives residents and handles their cases. */
    public Unit caseOffice() {
        return onlyUnitWith(UnitRole.CASE_OFFICE);
    }

    /**
     * The group of the unit holding a role, as models name it: {@code camunda:candidateGroups="${organization.group('case-office')}"}.
     *
     * @throws IllegalArgumentException for a role no unit holds (a model naming an unknown role)
     */
    public String group(String roleCode) {
        return holderOf(roleCode).id();
    }

    /** The heads' group of the unit holding a role ({@code vp-heads} for the case office). */
    public String heads(String roleCode) {
        return holderOf(roleCode).headsGroupId();
    }

    private Unit holderOf(String roleCode) {
        UnitRole role = UnitRole.ofCode(roleCode).filter(UnitRole.heldOnce()::contains).orElseThrow(
                () -> new IllegalArgumentException("vai trò '" + roleCode + "' không có đơn vị nào giữ"));
        return onlyUnitWith(role);
    }

    /** Who reads the ward's figures and reports: the supervising office, the supervisors and the administrators. */
    public boolean readsWardFigures(Collection<String> groupIds) {
        return groupIds.contains(supervisingOffice().id()) || groupIds.contains(supervisors().id())
                || groupIds.contains(ADMINISTRATORS_GROUP);
    }

    /** Whether the plan invites the unit rather than orders it (units.csv column {@code invited}); false for an unknown id. */
    public boolean invited(String unitId) {
        return unit(unitId).map(Unit::invited).orElse(false);
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(unit -> unit.id().equals(id)).findFirst();
    }

    private Unit onlyUnitWith(UnitRole role) {
        return units.stream().filter(unit -> unit.role() == role).findFirst().orElseThrow();
    }
}
