package vn.phoyen.workflow.calendar;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.referencedata.DataFileException;

/**
 * The staff API of the working-day calendar: any staff member reads a year (official or provisional) and whether a
 * notice is missing; only administrators load an official notice (CSV, the columns of the holidays files).
 */
@RestController
class CalendarNoticeController {

    private final CalendarNotices notices;
    private final IdentityService identityService;

    CalendarNoticeController(CalendarNotices notices, IdentityService identityService) {
        this.notices = notices;
        this.identityService = identityService;
    }

    @GetMapping("/api/calendar/years/{year}")
    CalendarNotices.YearView year(@PathVariable int year) {
        return notices.year(year);
    }

    @GetMapping("/api/calendar/status")
    Status status() {
        return notices.missingNotice(WardClock.today())
                .map(year -> new Status(year, "Chưa nạp lịch nghỉ lễ chính thức năm %d: các hạn xử lý rơi vào năm %d đang được tính %s theo Bộ luật Lao động. Quản trị viên nạp lịch tại PUT /api/calendar/years/%d."
                        .formatted(year, year, WorkingCalendar.PROVISIONAL, year)))
                .orElse(new Status(null, null));
    }

    @PutMapping(path = "/api/calendar/years/{year}", consumes = {"text/csv", "text/plain"})
    CalendarNotices.LoadedNotice load(@PathVariable int year, @RequestBody byte[] csv) {
        if (CurrentStaff.of(identityService).filter(CurrentStaff::isAdministrator).isEmpty()) {
            throw new NotAnAdministrator();
        }
        try {
            return notices.load(year, csv, WardClock.today());
        } catch (DataFileException invalid) {
            // elsewhere a bad reference file stops the start-up; a notice the administrator sends is theirs to correct
            throw new Refusal(invalid.getMessage());
        }
    }

    /** Not a refusal of what was sent (400) but of who sent it. */
    @ExceptionHandler
    ResponseEntity<Map<String, String>> notAllowed(NotAnAdministrator e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Map.of("message", "Chỉ quản trị viên được nạp lịch nghỉ lễ chính thức"));
    }

    record Status(Integer missingYear, String message) {
    }

    static class NotAnAdministrator extends RuntimeException {
    }
}
