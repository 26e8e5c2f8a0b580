package vn.phoyen.workflow.dossier;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.process.Refusal;

/**
 * The apology letter of a late dossier (phiếu xin lỗi và hẹn lại ngày trả kết quả, Circular 01/2018/TT-VPCP): the
 * unit's officer gives the reason and the working days the unit still needs; the new appointment is counted from
 * today on the ward's working-day calendar. Signed by the unit's head, it is recorded beside the dossier.
 */
@Service
public class Apology {

    /** More than this is no appointment a citizen can hold the ward to; a longer delay needs a new dossier. */
    static final int MAX_WORKING_DAYS = 30;
    static final int MAX_REASON = 2000;

    private final WorkingCalendar calendar;
    private final DossierStore store;

    Apology(WorkingCalendar calendar, DossierStore store) {
        this.calendar = calendar;
        this.store = store;
    }

    /**
     * The new appointment of a drafted letter.
     *
     * @throws Refusal naming the field when the reason is missing or the days are out of range
     */
    public LocalDate newAppointment(Object lateReason, Object extraWorkingDays, LocalDate today) {
        if (!(lateReason instanceof String reason) || reason.isBlank()) {
            throw new Refusal("Cần ghi lý do quá hạn ('lateReason')");
        }
        if (reason.length() > MAX_REASON) {
            throw new Refusal("Lý do quá hạn ('lateReason') dài tối đa " + MAX_REASON + " ký tự");
        }
        if (!(extraWorkingDays instanceof Number days) || days.doubleValue() != Math.rint(days.doubleValue())
                || days.intValue() < 1 || days.intValue() > MAX_WORKING_DAYS) {
            throw new Refusal("Số ngày làm việc cần thêm ('extraWorkingDays') phải là số nguyên từ 1 đến "
                    + MAX_WORKING_DAYS);
        }
        return calendar.addWorkingDays(today, days.intValue());
    }

    /** The head signed: the new appointment is the dossier's, as the lists show it. */
    public void signed(String dossierCode, LocalDate newAppointment) {
        store.apologySigned(dossierCode, newAppointment);
    }
}
