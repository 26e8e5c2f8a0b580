package vn.phoyen.workflow.organization;

import java.time.LocalDate;

/**
 * A residential group (tổ dân phố) of the ward: where residents meet, publicity is posted and group leaders
 * are elected.
 *
 * @param unit     the unit that follows the group's affairs
 * @param termEnds the last day of its leader's term: the group elects a leader in the year the term ends (or
 *                 earlier, when the post falls vacant)
 */
public record ResidentialGroup(String id, String name, String unit, LocalDate termEnds) {

    public boolean termEndsIn(int year) {
        return termEnds.getYear() == year;
    }
}
