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
 */
public record PlanTask(int number, String title, List<String> leadUnits, List<String> supportUnits,
                       Completion completion, Optional<LocalDate> deadline, Optional<PapiDimension> papiDimension,
                       List<String> checklist, int dialoguesPerYear, boolean perResidentialGroup) {

    /** "Nhiệm vụ 4". */
    public String label() {
        return "Nhiệm vụ " + number;
    }
}
