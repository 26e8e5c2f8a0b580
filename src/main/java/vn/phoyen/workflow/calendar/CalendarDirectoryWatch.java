package vn.phoyen.workflow.calendar;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, makes effective on this node a holidays notice that another node sharing the calendar directory
 * stored ({@link CalendarNotices#loadChangedFiles}); without it that node would count on provisional days until its
 * next restart. Each node runs it for itself (it only reads the directory and revises what is left to revise).
 */
@Component
class CalendarDirectoryWatch {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarDirectoryWatch.class);

    private final CalendarNotices notices;

    CalendarDirectoryWatch(CalendarNotices notices) {
        this.notices = notices;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    void everyMinute() {
        try {
            List<Integer> years = notices.loadChangedFiles(LocalDate.now(WorkingCalendar.ZONE));
            if (!years.isEmpty()) {
                LOG.info("Đã áp dụng lịch nghỉ chính thức năm {} do nút khác nạp vào thư mục lịch", years);
            }
        } catch (RuntimeException ex) {
            // a broken or unreadable file: said every minute until fixed; the calendar keeps what it had
            LOG.error("Không áp dụng được lịch nghỉ trong thư mục lịch: {}", ex.getMessage());
        }
    }
}
