package vn.phoyen.workflow.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Camunda's REST start answers every engine exception with 500. A case refused for its start variables (a
 * BadUserRequestException naming the variable) is the caller's mistake: answer 400 with that message. Every
 * other REST error keeps Camunda's own answer.
 */
@Priority(1)
class RefusedStartResponses implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException refused) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ExceptionDto.fromException(refused)).build();
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
}
