package vn.phoyen.workflow.plan;

import java.time.Instant;
import java.util.Optional;

/** Plan editions issued in the system, which take the place of the jar's files of their year. */
interface IssuedPlans {

    /** None: only the jar's files (a catalog without a database). */
    IssuedPlans NONE = new IssuedPlans() {
        @Override
        public Optional<Instant> issuedAt(int year) {
            return Optional.empty();
        }

        @Override
        public PlanFiles files(int year) {
            throw new UnknownPlanYearException(year);
        }
    };

    /** When the year's edition was issued: a cheap key that tells whether a copy read before is still the one. */
    Optional<Instant> issuedAt(int year);

    /** The issued edition's files. */
    PlanFiles files(int year);
}
