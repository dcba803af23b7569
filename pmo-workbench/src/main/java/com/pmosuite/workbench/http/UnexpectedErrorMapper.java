package com.pmosuite.workbench.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception no other mapper claimed into a logged 500 with a JSON body and no stack trace; the plugin's
 * own, more specific mappers still win because JAX-RS picks the closest exception type.
 */
@Provider
final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException deliberate) {
            return deliberate.getResponse();
        }
        LOG.error("Unhandled error in a REST resource", error);
        return new RestError(500, "Internal server error").toResponse();
    }
}
