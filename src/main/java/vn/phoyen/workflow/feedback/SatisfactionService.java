package vn.phoyen.workflow.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.organization.UnitRole;

/** The satisfaction index from the read model; every unit that can lead a case is listed, rated or not. */
@Service
class SatisfactionService implements Satisfaction {

    private final FeedbackRecords records;
    private final Organization organization;

    SatisfactionService(FeedbackRecords records, Organization organization) {
        this.records = records;
        this.organization = organization;
    }

    @Override
    public List<UnitSatisfaction> perUnit(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return SatisfactionIndex.perUnit(answeringUnits(), records.ratingCounts(
                ProcessDeadlines.startOf(from).toInstant(), ProcessDeadlines.startOf(to.plusDays(1)).toInstant()));
    }

    @Override
    public RatedCases ratedCases(LocalDate from, LocalDate to, String unit, boolean satisfiedOnly, int offset,
            int limit) {
        checkPeriod(from, to);
        return records.ratedCases(ProcessDeadlines.startOf(from).toInstant(),
                ProcessDeadlines.startOf(to.plusDays(1)).toInstant(), unit, satisfiedOnly, offset, limit);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Ngày cuối (" + to + ") trước ngày đầu (" + from + ")");
        }
    }

    @Override
    public List<QuarterSatisfaction> perUnitAndQuarter(int year) {
        List<QuarterSatisfaction> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
            int number = quarter;
            perUnit(first, first.plusMonths(3).minusDays(1))
                    .forEach(unit -> quarters.add(new QuarterSatisfaction(number, unit)));
        }
        return quarters;
    }

    /** The units that answer residents (the supervisors approve, they do not lead a case). */
    private List<String> answeringUnits() {
        return organization.units().stream().filter(unit -> unit.role() != UnitRole.SUPERVISORS).map(Unit::id)
                .toList();
    }
}
