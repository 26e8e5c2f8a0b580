package vn.phoyen.workflow.calendar;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
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
        return notices.missingNotice(today())
                .map(year -> new Status(year, "Chưa nạp lịch nghỉ lễ chính thức năm %d: các hạn xử lý rơi vào năm %d đang được tính %s theo Bộ luật Lao động. Quản trị viên nạp lịch tại PUT /api/calendar/years/%d."
                        .formatted(year, year, WorkingCalendar.PROVISIONAL, year)))
                .orElse(new Status(null, null));
    }

    @PutMapping(path = "/api/calendar/years/{year}", consumes = {"text/csv", "text/plain"})
    CalendarNotices.LoadedNotice load(@PathVariable int year, @RequestBody byte[] csv) {
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (!groups.contains(Organization.ADMINISTRATORS_GROUP)) {
            throw new NotAnAdministrator();
        }
        return notices.load(year, csv, today());
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> invalidNotice(DataFileException e) {
        return ResponseEntity.badRequest().body(new ErrorMessage(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> unknownYear(UnknownCalendarYearException e) {
        return ResponseEntity.badRequest().body(new ErrorMessage(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> notAllowed(NotAnAdministrator e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ErrorMessage("Chỉ quản trị viên được nạp lịch nghỉ lễ chính thức"));
    }

    private static LocalDate today() {
        return ProcessDeadlines.toLocalDate(ClockUtil.getCurrentTime());
    }

    record Status(Integer missingYear, String message) {
    }

    record ErrorMessage(String message) {
    }

    static class NotAnAdministrator extends RuntimeException {
    }
}
