package vn.phoyen.workflow.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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
 * @param publishedPerResidentialGroup the checklist items published in every residential group (land publicity
 *                            "tại các Tổ dân phố"), whose publication is recorded once per group
 */
public record PlanTask(int number, String title, List<String> leadUnits, List<String> supportUnits,
                       Completion completion, Optional<LocalDate> deadline, Optional<PapiDimension> papiDimension,
                       List<String> checklist, int dialoguesPerYear, boolean perResidentialGroup,
                       boolean recordsPublication, boolean electsGroupLeaders, Set<String> publishedPerResidentialGroup) {

    public PlanTask {
        publishedPerResidentialGroup = Set.copyOf(publishedPerResidentialGroup);
    }

    /** The key of the one model every task of every year's plan runs on (ADR 0005). */
    public static final String PROCESS_KEY = "plan-task";

    /**
     * What the case office records as published, one record each: the checklist items in order, an item published in
     * every residential group once per group ("… tại các Tổ dân phố: Tổ dân phố số 1").
     */
    public List<String> publicationItems(List<String> residentialGroupNames) {
        return checklist.stream().flatMap(item -> publishedPerResidentialGroup.contains(item)
                ? residentialGroupNames.stream().map(group -> item + ": " + group)
                : Stream.of(item)).toList();
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
