package vn.phoyen.workflow.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.notification.Notifier;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;

/**
 * What the ward does about its dossiers each time an export is imported and every morning:
 * <ul>
 * <li>a pending dossier past its appointment gets its {@code dossier-late} process, once (Decree 61/2018 Art. 19 as
 * amended by Decree 107/2021: the apology letter with the reason and a new appointment, see the README);</li>
 * <li>a dossier whose late process still runs and that the export now shows settled (or withdrawn) ends that
 * process's wait;</li>
 * <li>a pending dossier two working days or less from its appointment is warned to its unit by e-mail, once per
 * appointment: one message per unit listing its dossiers, rather than a Tasklist task per dossier, because the work is
 * done in the one-stop system, which the ward cannot see close a task here, and a busy week would bury the unit's
 * other tasks; the two days leave the unit time to settle or to send the apology before the appointment passes.</li>
 * </ul>
 */
@Service
class DossierFollowUp {

    /** Looked at for the warning: two working days never span more than this, even across the Tết holidays. */
    private static final int WARNING_HORIZON_DAYS = 21;

    /** What one follow-up did. */
    record Result(int lateStarted, int lateClosed, int warned) {
    }

    private final DossierStore store;
    private final DossierProcesses processes;
    private final WorkingCalendar calendar;
    private final Notifier notifier;
    private final Organization organization;
    private final TransactionTemplate transactions;

    DossierFollowUp(DossierStore store, DossierProcesses processes, WorkingCalendar calendar, Notifier notifier,
            Organization organization, TransactionTemplate transactions) {
        this.store = store;
        this.processes = processes;
        this.calendar = calendar;
        this.notifier = notifier;
        this.organization = organization;
        this.transactions = transactions;
    }

    Result followUp(LocalDate today) {
        int started = 0;
        for (Dossier late : store.lateWithoutProcess(today)) {
            Boolean startedNow = transactions.execute(status -> {
                if (!store.claimLateProcess(late.code())) {
                    return false;
                }
                store.lateProcessStarted(late.code(), processes.startLate(DossierProcesses.LateDossier.of(late)));
                return true;
            });
            started += Boolean.TRUE.equals(startedNow) ? 1 : 0;
        }
        int closed = 0;
        for (String code : store.settledWithOpenLateProcess()) {
            transactions.executeWithoutResult(status -> {
                Dossier dossier = store.find(code).orElseThrow();
                processes.settled(code, dossier.settled() == null ? dossier.status().vietnameseName()
                        : dossier.status().vietnameseName() + " ngày " + WorkingCalendar.DAY.format(dossier.settled()));
                store.lateProcessClosed(code);
            });
            closed++;
        }
        return new Result(started, closed, warn(today));
    }

    private int warn(LocalDate today) {
        List<Dossier> due = store.pendingNotWarned(today, today.plusDays(WARNING_HORIZON_DAYS)).stream()
                .filter(dossier -> dossier.warnedOn(today, calendar))
                .filter(dossier -> store.claimWarning(dossier.code(), dossier.appointment())).toList();
        Map<String, List<Dossier>> byUnit = due.stream()
                .collect(Collectors.groupingBy(Dossier::unit, LinkedHashMap::new, Collectors.toList()));
        byUnit.forEach((unit, dossiers) -> {
            notifier.notifyGroup(unit, "Hồ sơ TTHC sắp đến ngày hẹn trả kết quả (" + dossiers.size() + " hồ sơ)",
                    warning(unit, dossiers));
        });
        return due.size();
    }

    private String warning(String unitId, List<Dossier> dossiers) {
        String unitName = organization.unit(unitId).map(Unit::name).orElse(unitId);
        List<String> lines = new ArrayList<>();
        lines.add("Kính gửi: " + unitName + ".");
        lines.add("");
        lines.add("Các hồ sơ thủ tục hành chính sau còn không quá " + Dossier.WARNING_WORKING_DAYS
                + " ngày làm việc đến ngày hẹn trả kết quả và chưa có kết quả trên hệ thống một cửa:");
        dossiers.forEach(dossier -> lines.add("- " + dossier.code() + " – " + dossier.procedureName() + " ("
                + dossier.field().vietnameseName() + "), hẹn trả " + WorkingCalendar.DAY.format(dossier.appointment())));
        lines.add("");
        lines.add("Đề nghị đơn vị giải quyết đúng hẹn; hồ sơ không kịp thì phải có phiếu xin lỗi và hẹn lại ngày trả "
                + "kết quả gửi người dân trước ngày hẹn (Nghị định 61/2018/NĐ-CP, Điều 19, sửa đổi bởi Nghị định "
                + "107/2021/NĐ-CP).");
        lines.add("");
        lines.add("(Thư gửi tự động từ hệ thống quy trình của UBND phường.)");
        return String.join("\n", lines);
    }
}
