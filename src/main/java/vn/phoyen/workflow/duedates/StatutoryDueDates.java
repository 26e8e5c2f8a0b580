package vn.phoyen.workflow.duedates;

import java.util.function.Supplier;

/**
 * Due dates set from the law are locked (the engine's side: {@code duedates.engine.DueDateLock}); the system itself
 * moves them when the Government's holidays notice for a year is loaded. Such a revision runs inside
 * {@link #systemRevision}, whoever asked for it.
 */
public final class StatutoryDueDates {

    /** Task-local variable holding an administrator's reason for changing a statutory due date. */
    public static final String REASON_VARIABLE = "dueDateChangeReason";

    /** Anyone but an administrator changing a statutory due date (403). */
    public static final String CHANGE_REFUSED = "Hạn xử lý của công việc này do pháp luật (hoặc quy trình) quy định: "
            + "chỉ quản trị viên được thay đổi, kèm lý do";
    /** An administrator changing it without a reason (400). */
    public static final String REASON_MISSING = "Muốn thay đổi hạn xử lý theo quy định, trước hết ghi lý do vào biến "
            + REASON_VARIABLE + " (kiểu String) của công việc";

    private static final ThreadLocal<Boolean> SYSTEM_REVISION = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private StatutoryDueDates() {
    }

    /** Runs {@code work} as the system's own revision of deadlines: the lock lets its due date changes through. */
    public static <T> T systemRevision(Supplier<T> work) {
        boolean outer = SYSTEM_REVISION.get();
        SYSTEM_REVISION.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            SYSTEM_REVISION.set(outer);
        }
    }

    public static void systemRevision(Runnable work) {
        systemRevision(() -> {
            work.run();
            return null;
        });
    }

    public static boolean inSystemRevision() {
        return SYSTEM_REVISION.get();
    }
}
