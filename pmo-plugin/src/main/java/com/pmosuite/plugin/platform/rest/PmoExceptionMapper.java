package com.pmosuite.plugin.platform.rest;

import com.pmosuite.plugin.platform.auth.NotAuthenticated;
import com.pmosuite.plugin.platform.auth.NotPermitted;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.shared.LockBusy;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.ProjectBusy;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;


/**
 * The one place where failures become HTTP answers: invalid input 400 with a field list, not logged in 401, not
 * allowed 403, not visible or missing 404, stale version 409 with the current state, anything else 500 without
 * internals (logged once, here).
 */
@Provider
public final class PmoExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(PmoExceptionMapper.class);

    private final CurrentStateViews currentStateViews;

    /** @param currentStateViews the JSON view of each kind of versioned record a {@link StaleVersion} may carry */
    @Inject
    public PmoExceptionMapper(CurrentStateViews currentStateViews) {
        this.currentStateViews = currentStateViews;
    }

    @Override
    public Response toResponse(RuntimeException failure) {
        ErrorJson error = errorOf(failure);
        return json(error.status(), error);
    }

    /** The error body (and with it the status) a failure answers. */
    ErrorJson errorOf(RuntimeException failure) {
        return switch (failure) {
            case ValidationFailed v -> new ErrorJson(400, "Some values are not valid",
                    v.errors().stream().map(e -> new ErrorJson.FieldErrorJson(e.field(), e.message())).toList(),
                    null);
            case NotAuthenticated n -> new ErrorJson(401, n.getMessage(), null, null);
            case NotPermitted n -> new ErrorJson(403, n.getMessage(), null, null);
            case NotVisible n -> new ErrorJson(404, n.getMessage(), null, null);
            case NotFound n -> new ErrorJson(404, n.getMessage(), null, null);
            case ProjectBusy b -> new ErrorJson(409, b.getMessage(), null, null);
            case LockBusy b -> new ErrorJson(409, b.getMessage(), null, null);
            case StaleVersion s -> new ErrorJson(409, s.getMessage(), null, currentView(s));
            case WebApplicationException w -> new ErrorJson(w.getResponse().getStatus(),
                    w.getResponse().getStatusInfo().getReasonPhrase(), null, null);
            default -> {
                LOG.error("Unexpected failure in a PMO REST call", failure);
                yield new ErrorJson(500, "Something went wrong on the server; it has been logged", null, null);
            }
        };
    }

    private JsonBody currentView(StaleVersion stale) {
        if (stale.current() == null) {
            return null;
        }
        Optional<JsonBody> view = currentStateViews.viewOf(stale.current());
        if (view.isEmpty()) {
            // A record type whose module registered no view: answer the 409 without it rather than leak its fields.
            LOG.warn("No JSON view of {} for a 409", stale.current().getClass().getName());
        }
        return view.orElse(null);
    }

    private static Response json(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(PmoJson.write(body)).build();
    }
}
