package vn.phoyen.workflow.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.lang.Nullable;

import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * One administrative-procedure dossier as the one-stop system exported it.
 *
 * @param appointment the day the result was promised (ngày hẹn trả): settled on that day is still on time
 * @param updated     when the one-stop system last changed it: an import never replaces a later state with this one
 */
record Dossier(String code, String procedureName, ProcedureField field, String unit, Channel channel,
               LocalDate received, LocalDate appointment, @Nullable LocalDate settled, @Nullable LocalDate returned,
               DossierStatus status, boolean digitised, @Nullable Evaluation evaluation, LocalDateTime updated) {

    /** Working days before the appointment from which a dossier still pending is warned. */
    static final int WARNING_WORKING_DAYS = 2;

    boolean settledOnTime() {
        return settled != null && !settled.isAfter(appointment);
    }

    /** Still with the ward on a day after its appointment: the apology and a new appointment are due. */
    boolean lateOn(LocalDate today) {
        return status.pending() && today.isAfter(appointment);
    }

    /** Still with the ward, its appointment not passed but at most two working days away. */
    boolean warnedOn(LocalDate today, WorkingCalendar calendar) {
        return status.pending() && !today.isAfter(appointment)
                && !today.isBefore(calendar.subtractWorkingDays(appointment, WARNING_WORKING_DAYS));
    }

    boolean land() {
        return field == ProcedureField.LAND;
    }
}
