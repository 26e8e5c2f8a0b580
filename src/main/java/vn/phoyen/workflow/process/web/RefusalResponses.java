package vn.phoyen.workflow.process.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.phoyen.workflow.process.Refusal;

/** A {@link Refusal} reaching one of this system's controllers: 400 with {@code {message}} (ADR 0002). */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalResponses {

    @ExceptionHandler
    ResponseEntity<RefusalMessage> refused(Refusal refusal) {
        return ResponseEntity.badRequest().body(new RefusalMessage(refusal.getMessage()));
    }

    record RefusalMessage(String message) {
    }
}
