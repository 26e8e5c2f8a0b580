package vn.phoyen.workflow.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.JsonMappingException;

import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.web.DatabaseOutage;

/**
 * Every refusal of the residents' API as {@code {error, field}}, in words a resident understands; ahead of the staff
 * APIs' shared refusal answer, which has no field.
 */
@RestControllerAdvice(assignableTypes = PublicFeedbackController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PublicErrors.class);

    @ExceptionHandler
    ResponseEntity<PublicError> refused(RefusedInput e) {
        return ResponseEntity.badRequest().body(new PublicError(e.getMessage(), e.field()));
    }

    /** The procedure's own checks, should one be stricter than {@link PublicInput}. */
    @ExceptionHandler({CaseStartException.class, Refusal.class})
    ResponseEntity<PublicError> refusedByTheProcedure(RuntimeException e) {
        return ResponseEntity.badRequest().body(PublicError.of("Chưa gửi được phản ánh: " + e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<PublicError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getPath().get(0).getFieldName() != null) {
            String field = mapping.getPath().get(0).getFieldName();
            return ResponseEntity.badRequest().body(new PublicError(
                    "Giá trị của " + PublicInput.label(field) + " không đúng kiểu. Vui lòng nhập lại.", field));
        }
        return ResponseEntity.badRequest().body(PublicError.of(
                "Dữ liệu gửi lên không đọc được (cần một đối tượng JSON). Vui lòng tải lại trang rồi gửi lại."));
    }

    @ExceptionHandler
    ResponseEntity<PublicError> notANumber(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new PublicError(
                PublicInput.sentence(PublicInput.label(e.getName())) + " phải là một số.", e.getName()));
    }

    @ExceptionHandler
    ResponseEntity<PublicError> notJson(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(PublicError.of(
                "Dữ liệu phải được gửi dưới dạng JSON (application/json)."));
    }

    /** A database outage is the one failure a resident can do something about: send again in a while. */
    @ExceptionHandler
    ResponseEntity<PublicError> failed(RuntimeException e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warn("The residents' API cannot reach the database: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                    .body(PublicError.of(DatabaseOutage.MESSAGE));
        }
        LOG.error("The residents' API failed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(PublicError.of(
                "Hệ thống đang gặp sự cố, yêu cầu chưa được xử lý. Vui lòng thử lại sau ít phút."));
    }
}
