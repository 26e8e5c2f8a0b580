package vn.phoyen.workflow.calendar.engine;

import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.calendar.DayComputation;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * Remembers, per case, every count the calendar made on a provisional year while a process was running (a deadline
 * at the start, a task's due date, a timer), in the engine's transaction, and marks the case with the variable
 * {@value #PROVISIONAL_VARIABLE}. Counts made outside a process (a page asking for reception days) are not kept:
 * nothing stored depends on them. The engine-side edge of {@link WorkingCalendar}'s observer.
 */
public class ProvisionalCountLedger implements Consumer<DayComputation> {

    /** Process variable: true while a deadline of the case rests on a provisional year. */
    public static final String PROVISIONAL_VARIABLE = "deadlineProvisional";

    private final JdbcTemplate jdbc;

    public ProvisionalCountLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void accept(DayComputation count) {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null || context.getExecution() == null) {
            return;
        }
        ExecutionEntity processInstance = context.getExecution().getProcessInstance();
        jdbc.update("INSERT INTO ward_provisional_count (process_instance_id, step, from_day, days, result_day) "
                + "VALUES (?, ?, ?, ?, ?)", processInstance.getId(), count.step().name(), count.from(), count.days(),
                count.result());
        if (!Boolean.TRUE.equals(processInstance.getVariableLocal(PROVISIONAL_VARIABLE))) {
            processInstance.setVariableLocal(PROVISIONAL_VARIABLE, true);
        }
    }
}
