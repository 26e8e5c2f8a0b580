package vn.phoyen.workflow.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ward's plans by year: the files under {@code plan/<year>/} on the classpath (plan.csv, tasks.csv,
 * checklist.csv), read and checked the first time a year is asked for. A new year's plan is data, not code.
 */
public class PlanCatalog {

    static final String DIRECTORY = "plan";

    private final PlanYearReader reader;
    private final Map<Integer, PlanYear> years = new ConcurrentHashMap<>();

    PlanCatalog(PlanYearReader reader) {
        this.reader = reader;
    }

    /** @throws UnknownPlanYearException when the year has no plan data */
    public PlanYear year(int year) {
        return years.computeIfAbsent(year, this::read);
    }

    private PlanYear read(int year) {
        String directory = DIRECTORY + "/" + year;
        if (!PlanDataFiles.exists(directory + "/plan.csv")) {
            throw new UnknownPlanYearException(year);
        }
        return reader.read(directory, year);
    }
}
