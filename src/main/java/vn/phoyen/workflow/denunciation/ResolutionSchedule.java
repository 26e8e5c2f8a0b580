package vn.phoyen.workflow.denunciation;

import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * The resolution period of a denunciation (Law 25/2018 Art. 30): 30 days from acceptance, extended at most twice by
 * 30 days, each extension counted from the deadline it extends; the initial processing extends once (Art. 24).
 */
public final class ResolutionSchedule {

    public static final int MAX_EXTENSIONS = 2;

    /** An extension decided: its number (1 or 2) and the new deadline. */
    public record Extension(int number, LocalDate newDue) {
    }

    /** An extension the law does not allow. */
    public static class ExtensionRefused extends RuntimeException {
        ExtensionRefused(String message) {
            super(message);
        }
    }

    /** (period code, event) → last allowed day, as the statutory period table counts. */
    private final BiFunction<String, LocalDate, LocalDate> deadline;

    public ResolutionSchedule(BiFunction<String, LocalDate, LocalDate> deadline) {
        this.deadline = deadline;
    }

    public LocalDate resolutionDue(LocalDate acceptedOn) {
        return deadline.apply("denunciation-resolution", acceptedOn);
    }

    public Extension extend(int extensionsSoFar, LocalDate currentDue) {
        if (extensionsSoFar >= MAX_EXTENSIONS) {
            throw new ExtensionRefused("Đã gia hạn giải quyết " + MAX_EXTENSIONS
                    + " lần, không được gia hạn thêm (Luật Tố cáo 2018, Điều 30)");
        }
        return new Extension(extensionsSoFar + 1, deadline.apply("denunciation-extension", currentDue));
    }

    public static void checkInitialExtension(boolean alreadyExtended) {
        if (alreadyExtended) {
            throw new ExtensionRefused(
                    "Việc xử lý ban đầu chỉ được gia hạn một lần, tối đa 10 ngày làm việc (Luật Tố cáo 2018, Điều 24)");
        }
    }
}
