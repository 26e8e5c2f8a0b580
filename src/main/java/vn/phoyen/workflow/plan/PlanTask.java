package vn.phoyen.workflow.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One task of a plan's appendix, with its units already expanded from "all" to unit group ids.
 *
 * @param leadUnits           the units that carry it out, each its own share
 * @param supportUnits        the units that help; never one of the leads unless the leads are all units
 * @param deadline            the completion date; empty for an ongoing task
 * @param papiDimension       the PAPI dimension it moves most; empty for a task that serves them all
 * @param checklist           what the lead units report as done
 * @param dialoguesPerYear    dialogue conferences with residents to hold in the year; 0 when the task has none
 * @param perResidentialGroup whether the work is done in every residential group (tổ dân phố)
 * @param recordsPublication  whether the case office records where and when each checklist item was published
 * @param electsGroupLeaders  whether every residential group elects its leader, recorded by the Fatherland Front
 */
public record PlanTask(int number, String title, List<String> leadUnits, List<String> supportUnits,
                       Completion completion, Optional<LocalDate> deadline, Optional<PapiDimension> papiDimension,
                       List<String> checklist, int dialoguesPerYear, boolean perResidentialGroup,
                       boolean recordsPublication, boolean electsGroupLeaders) {

    /** The key of the one model every task of every year's plan runs on (ADR 0005). */
    public static final String PROCESS_KEY = "plan-task";

    /**
     * A task without publication records or elections: the task as it was read before those columns existed, as
     * callers outside the plan (the dashboard's figures) still build it.
     */
    public PlanTask(int number, String title, List<String> leadUnits, List<String> supportUnits,
                    Completion completion, Optional<LocalDate> deadline, Optional<PapiDimension> papiDimension,
                    List<String> checklist, int dialoguesPerYear, boolean perResidentialGroup) {
        this(number, title, leadUnits, supportUnits, completion, deadline, papiDimension, checklist,
                dialoguesPerYear, perResidentialGroup, false, false);
    }

    /** "Nhiệm vụ 4". */
    public String label() {
        return "Nhiệm vụ " + number;
    }

    /**
     * The keys an instance of this task may run under: the shared model's, and for a year launched before it, the
     * task's own model's ({@code plan-task-04}), whose instances keep running on the version they started with.
     */
    public List<String> processKeys() {
        return List.of(PROCESS_KEY, "plan-task-%02d".formatted(number));
    }
}
