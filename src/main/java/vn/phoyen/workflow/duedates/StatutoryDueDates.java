package vn.phoyen.workflow.duedates;

import java.util.function.Supplier;

/**
 * Due dates set from the law are locked (see {@link DueDateLock}); the system itself moves them when the Government's
 * holidays notice for a year is loaded. Such a revision runs inside {@link #systemRevision}, whoever asked for it.
 */
public final class StatutoryDueDates {

    /** Task-local variable holding an administrator's reason for changing a statutory due date. */
    public static final String REASON_VARIABLE = "dueDateChangeReason";

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

    static boolean inSystemRevision() {
        return SYSTEM_REVISION.get();
    }
}
