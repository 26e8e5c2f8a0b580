package vn.phoyen.workflow.process.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.databind.JsonMappingException;

import vn.phoyen.workflow.process.Refusal;

/** A {@link Refusal} or an unreadable body reaching one of this system's controllers: 400 with {@code {message}} (ADR 0002). */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalResponses {

    @ExceptionHandler
    ResponseEntity<RefusalMessage> refused(Refusal refusal) {
        return ResponseEntity.badRequest().body(new RefusalMessage(refusal.getMessage()));
    }

    /** A body field of the wrong JSON type (a list where a name belongs): named, instead of Spring's English 400. */
    @ExceptionHandler
    ResponseEntity<RefusalMessage> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getPath().get(0).getFieldName() != null) {
            return ResponseEntity.badRequest().body(new RefusalMessage(
                    "Trường '" + mapping.getPath().get(0).getFieldName() + "' có giá trị không đúng kiểu"));
        }
        return ResponseEntity.badRequest().body(new RefusalMessage("Nội dung yêu cầu không đọc được (cần JSON hợp lệ)"));
    }

    record RefusalMessage(String message) {
    }
}
