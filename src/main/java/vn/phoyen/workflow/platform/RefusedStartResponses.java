package vn.phoyen.workflow.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

import vn.phoyen.workflow.process.web.DatabaseOutage;

/**
 * Camunda's REST API wraps every engine exception met while starting a case, submitting a task form or completing a
 * task in a RestException answered 500 ("Cannot submit task form …"). A refusal by one of the ward's checks (a
 * BadUserRequestException naming the field, thrown by a start or task listener) is the caller's mistake: answer 400
 * with the check's own message, whatever wraps it; so is a start or completion without a variable the model reads
({@link VietnameseRestErrors#missingVariable}). A wrapped permission refusal answers 403 in Vietnamese, a database
 * outage 503 ({@link DatabaseOutage}), a task no longer there 404 in Vietnamese. Every other REST error keeps
 * Camunda's own answer.
 */
@Priority(1)
public class RefusedStartResponses implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        Response recognised = recognised(exception, exception.getCause());
        if (recognised != null) {
            return recognised;
        }
        if (exception.getCause() instanceof AuthorizationException denied) {
            return new VietnameseRestErrors.PermissionRefusals().toResponse(denied);
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    /**
     * The answer to what the ward recognises in {@code exception}: an outage, a task no longer there, a refusal by a
     * check (looked for from {@code refusalFrom}) or a variable the model reads; null for anything else.
     */
    private static Response recognised(Throwable exception, Throwable refusalFrom) {
        if (DatabaseOutage.causedBy(exception)) {
            return VietnameseRestErrors.unavailable(exception);
        }
        Response gone = VietnameseRestErrors.taskGone(exception);
        if (gone != null) {
            return gone;
        }
        BadUserRequestException refused = VietnameseRestErrors.refusal(refusalFrom);
        if (refused == null) {
            refused = VietnameseRestErrors.missingVariable(exception);
        }
        return refused == null ? null : VietnameseRestErrors.badRequest(refused);
    }

    /** The same for an engine exception that reaches the REST layer unwrapped, with a refusal among its causes. */
    @Priority(1)
    public static class WrappedRefusals implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response recognised = recognised(exception, exception);
            return recognised != null ? recognised : ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }
}
