package vn.phoyen.workflow.plan;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ward's plans by year: the edition issued in the system when there is one (process {@code plan-next-year}), else
 * the files under {@code plan/<year>/} on the classpath (plan.csv, tasks.csv, checklist.csv), read and checked the
 * first time a year is asked for. A new year's plan is data, not code.
 */
public class PlanCatalog {

    static final String DIRECTORY = "plan";

    private final PlanYearReader reader;
    private final IssuedPlans issued;
    private final Map<Integer, PlanYear> jarYears = new ConcurrentHashMap<>();
    private final Map<Integer, IssuedYear> issuedYears = new ConcurrentHashMap<>();

    PlanCatalog(PlanYearReader reader, IssuedPlans issued) {
        this.reader = reader;
        this.issued = issued;
    }

    /** @throws UnknownPlanYearException when the year has no plan data */
    public PlanYear year(int year) {
        // asked each time, as another node sharing the database may have issued the year since
        Optional<Instant> issuedAt = issued.issuedAt(year);
        if (issuedAt.isPresent()) {
            return issuedYears.compute(year, (key, known) -> known != null && known.issuedAt().equals(issuedAt.get())
                    ? known : new IssuedYear(issuedAt.get(), reader.read(issued.files(year), year))).plan();
        }
        return jarYears.computeIfAbsent(year, this::read);
    }

    private PlanYear read(int year) {
        String directory = DIRECTORY + "/" + year;
        if (!PlanDataFiles.exists(directory + "/" + PlanFiles.PLAN)) {
            throw new UnknownPlanYearException(year);
        }
        return reader.read(directory, year);
    }

    private record IssuedYear(Instant issuedAt, PlanYear plan) {
    }
}
