package vn.phoyen.workflow.escalation;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.lang.Nullable;

/**
 * What is late or about to be, on which plan task and unit.
 *
 * @param taskLabel "Nhiệm vụ 4"
 * @param taskTitle the task's title from the plan
 * @param leadUnit  the group id of the unit that leads the work
 * @param reason    e.g. "Báo cáo tiến độ quý III/2025 chưa nộp đúng hạn"
 * @param deadline  the day the work was or is due, when there is one
 */
public record OverdueNotice(String taskLabel, String taskTitle, String leadUnit, String reason,
                            @Nullable LocalDate deadline) {

    public OverdueNotice {
        Objects.requireNonNull(taskLabel, "taskLabel");
        Objects.requireNonNull(leadUnit, "leadUnit");
        Objects.requireNonNull(reason, "escalationReason");
    }
}
