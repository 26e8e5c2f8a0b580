package vn.phoyen.workflow.cases;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a kind of case checks and derives when it opens: each procedure (complaint, denunciation, ...) provides one
 * as a Spring bean. Plain Java: the engine adapter {@link CaseStartListener} calls it.
 */
public interface CaseOpening {

    /** The process definition key this opening belongs to, e.g. {@code complaint}. */
    String processKey();

    CaseKind kind();

    /**
     * Checks the start variables (throwing {@link CaseStartException} naming the variable) and returns the variables
     * to add, such as legal deadlines.
     */
    Map<String, Object> open(StartVariables variables, LocalDate today);
}
