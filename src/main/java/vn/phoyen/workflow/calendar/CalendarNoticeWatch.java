package vn.phoyen.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.notification.Notifier;
import vn.phoyen.workflow.organization.Organization;

/**
 * From 1 October, while next year's official holidays notice is not loaded, warns the administrators and the
 * supervising office by e-mail once a week: deadlines reaching next year are provisional until then. Checked every
 * morning, so a server that was down on Monday still warns that week; the week's row makes it once a week on any
 * number of nodes.
 */
@Component
@EnableScheduling
class CalendarNoticeWatch {

    private final CalendarNotices notices;
    private final JdbcTemplate jdbc;
    private final Notifier notifier;
    private final Organization organization;

    CalendarNoticeWatch(CalendarNotices notices, JdbcTemplate jdbc, Notifier notifier, Organization organization) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.organization = organization;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        warnIfMissing(LocalDate.now(WorkingCalendar.ZONE));
    }

    /** @return whether a warning went out (at most once per year and week) */
    boolean warnIfMissing(LocalDate today) {
        Integer year = notices.missingNotice(today).orElse(null);
        if (year == null) {
            return false;
        }
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try {
            jdbc.update("INSERT INTO ward_calendar_warning (calendar_year, week_start) VALUES (?, ?)", year, week);
        } catch (DuplicateKeyException alreadyWarned) {
            return false;
        }
        String subject = "Chưa có lịch nghỉ lễ chính thức năm " + year;
        String body = """
                Hệ thống chưa có lịch nghỉ lễ, Tết chính thức năm %d của cán bộ, công chức.

                Các hạn xử lý rơi vào năm %d đang được tính %s, theo Bộ luật Lao động 2019 (Điều 111, 112), \
                và được ghi chú trên từng việc và trên trang tra cứu của người dân.

                Khi Chính phủ công bố lịch nghỉ, quản trị viên nạp tệp holidays-%d.csv (PUT /api/calendar/years/%d, \
                xem README). Các hạn của hồ sơ đang xử lý sẽ được tính lại ngay.
                """.formatted(year, year, WorkingCalendar.PROVISIONAL, year, year);
        notifier.notifyGroup(Organization.ADMINISTRATORS_GROUP, subject, body);
        notifier.notifyGroup(organization.supervisingOffice().id(), subject, body);
        return true;
    }
}
