package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.plan.PlanCatalog;
import vn.phoyen.workflow.plan.PlanSchedule;
import vn.phoyen.workflow.plan.PlanYear;
import vn.phoyen.workflow.plan.ReportingPeriod;
import vn.phoyen.workflow.plan.UnknownPlanYearException;

/** The plan data the figures need: the year's plan and when a period's report is due. */
interface PlanData {

    /** Empty for a year without a plan. */
    Optional<PlanYear> year(int year);

    /** The last day to submit the report on the period with this code, e.g. {@code 2025-Q3}. */
    LocalDate reportDue(String periodCode);

    /** The Vietnamese name of the period, e.g. "quý III/2025". */
    default String periodLabel(String periodCode) {
        return ReportingPeriod.parse(periodCode).label();
    }

    @Component
    class FromCatalog implements PlanData {

        private final PlanCatalog catalog;
        private final PlanSchedule schedule;

        FromCatalog(PlanCatalog catalog, PlanSchedule schedule) {
            this.catalog = catalog;
            this.schedule = schedule;
        }

        @Override
        public Optional<PlanYear> year(int year) {
            try {
                return Optional.of(catalog.year(year));
            } catch (UnknownPlanYearException noPlanThatYear) {
                return Optional.empty();
            }
        }

        @Override
        public LocalDate reportDue(String periodCode) {
            return schedule.reportDue(ReportingPeriod.parse(periodCode));
        }
    }
}
