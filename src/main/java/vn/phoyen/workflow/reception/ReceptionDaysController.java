package vn.phoyen.workflow.reception;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The staff API of the Chairman's reception days. A year no calendar counts is a refusal, answered 400 like every
 * other; here only what Spring refuses before the schedule is asked, in the same {@code {message}} shape.
 */
@RestController
class ReceptionDaysController {

    private final ReceptionSchedule schedule;

    ReceptionDaysController(ReceptionSchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/api/reception-days")
    List<ReceptionDay> receptionDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedule.receptionDays(from, to);
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> badRange(IllegalArgumentException e) {
        return badRequest(e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> notADate(MethodArgumentTypeMismatchException e) {
        return badRequest("Tham số '%s' phải là ngày dạng yyyy-MM-dd".formatted(e.getName()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorMessage> missing(MissingServletRequestParameterException e) {
        return badRequest("Thiếu tham số '%s' (ngày dạng yyyy-MM-dd)".formatted(e.getParameterName()));
    }

    private static ResponseEntity<ErrorMessage> badRequest(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ErrorMessage(message));
    }

    /** An error as JSON, with a message in Vietnamese for the person who called. */
    record ErrorMessage(String message) {
    }
}
