package vn.phoyen.workflow.organization;

/**
 * A residential group (tổ dân phố) of the ward: where residents meet, publicity is posted and group leaders
 * are elected.
 *
 * @param unit the unit that follows the group's affairs
 */
public record ResidentialGroup(String id, String name, String unit) {
}
