package vn.phoyen.workflow.denunciation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

import vn.phoyen.workflow.process.Refusal;

/**
 * The resolution period of a denunciation (Law 25/2018 Art. 30): 30 days from acceptance; a complex case may be
 * extended once, an especially complex one twice, each time by 30 days. Every deadline is counted from the
 * acceptance date — acceptance + 30 × (1 + extensions), plus the days the resolution was suspended (Art. 34: the
 * suspension does not count) — and only then moved off a day off, once; never from a deadline already moved. The
 * initial processing extends once (Art. 24).
 */
public final class ResolutionSchedule {

    public static final int MAX_EXTENSIONS = 2;

    /** How complex the Chairman found the case when deciding an extension. */
    public static final String COMPLEX = "complex";
    public static final String ESPECIALLY_COMPLEX = "especially-complex";

    /** An extension decided: its number (1 or 2) and the new deadline. */
    public record Extension(int number, LocalDate newDue) {
    }

    /** An extension the law does not allow. */
    public static class ExtensionRefused extends Refusal {

        private static final long serialVersionUID = 1L;

        ExtensionRefused(String message) {
            super(message);
        }
    }

    /** (period code, event) → last allowed day, as the statutory period table counts (day-off rule included). */
    private final BiFunction<String, LocalDate, LocalDate> deadline;
    /** Days of one extension ({@code denunciation-extension}) in force on the acceptance date. */
    private final ToIntFunction<LocalDate> extensionDays;

    public ResolutionSchedule(BiFunction<String, LocalDate, LocalDate> deadline, ToIntFunction<LocalDate> extensionDays) {
        this.deadline = deadline;
        this.extensionDays = extensionDays;
    }

    public LocalDate resolutionDue(LocalDate acceptedOn) {
        return due(acceptedOn, 0, 0);
    }

    /** acceptance + suspended days + extensions × extension days + the resolution period, moved once. */
    public LocalDate due(LocalDate acceptedOn, int extensions, long suspendedDays) {
        if (extensions < 0 || extensions > MAX_EXTENSIONS || suspendedDays < 0) {
            throw new IllegalArgumentException("gia hạn " + extensions + ", tạm đình chỉ " + suspendedDays + " ngày");
        }
        LocalDate shifted = acceptedOn.plusDays((long) extensions * extensionDays.applyAsInt(acceptedOn) + suspendedDays);
        return deadline.apply("denunciation-resolution", shifted);
    }

    /** The next extension, refused beyond what the complexity allows (complex: 1, especially complex: 2). */
    public Extension extend(int extensionsSoFar, String complexity, LocalDate acceptedOn, long suspendedDays) {
        int allowed = switch (complexity == null ? "" : complexity) {
            case COMPLEX -> 1;
            case ESPECIALLY_COMPLEX -> MAX_EXTENSIONS;
            default -> throw new ExtensionRefused(
                    "Chọn mức độ phức tạp của vụ việc (complexity): phức tạp hoặc đặc biệt phức tạp (Luật Tố cáo 2018, Điều 30)");
        };
        if (extensionsSoFar >= MAX_EXTENSIONS) {
            throw new ExtensionRefused("Đã gia hạn giải quyết " + MAX_EXTENSIONS
                    + " lần, không được gia hạn thêm (Luật Tố cáo 2018, Điều 30)");
        }
        if (extensionsSoFar >= allowed) {
            throw new ExtensionRefused("Vụ việc phức tạp chỉ được gia hạn một lần; gia hạn lần hai chỉ cho vụ việc đặc biệt "
                    + "phức tạp (Luật Tố cáo 2018, Điều 30) — trường 'complexity'");
        }
        int number = extensionsSoFar + 1;
        return new Extension(number, due(acceptedOn, number, suspendedDays));
    }

    /** Calendar days a suspension lasted: from the suspension decision to the resumption decision. */
    public static long suspendedDays(LocalDate suspendedOn, LocalDate resumedOn) {
        if (resumedOn.isBefore(suspendedOn)) {
            throw new ExtensionRefused("Ngày quyết định tiếp tục giải quyết (resumptionDecisionDate) không được trước ngày "
                    + "tạm đình chỉ");
        }
        return ChronoUnit.DAYS.between(suspendedOn, resumedOn);
    }

    public static void checkInitialExtension(boolean alreadyExtended) {
        if (alreadyExtended) {
            throw new ExtensionRefused(
                    "Việc xử lý ban đầu chỉ được gia hạn một lần, tối đa 10 ngày làm việc (Luật Tố cáo 2018, Điều 24)");
        }
    }
}
