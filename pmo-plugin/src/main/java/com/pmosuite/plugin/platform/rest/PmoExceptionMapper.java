package com.pmosuite.plugin.platform.rest;

import com.pmosuite.plugin.platform.auth.NotAuthenticated;
import com.pmosuite.plugin.platform.auth.NotPermitted;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.ProjectBusy;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.plugin.wiring.PmoComponents;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;

/**
 * The one place where failures become HTTP answers: invalid input 400 with a field list, not logged in 401, not
 * allowed 403, not visible or missing 404, stale version 409 with the current state, anything else 500 without
 * internals (logged once, here).
 */
@Provider
public final class PmoExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(PmoExceptionMapper.class);

    private final Function<Object, JsonBody> currentStateView;

    @Inject
    public PmoExceptionMapper(PmoComponents components) {
        this(components.riskViews()::currentState);
    }

    /** @param currentStateView turns the current state carried by a {@link StaleVersion} into its JSON view */
    public PmoExceptionMapper(Function<Object, JsonBody> currentStateView) {
        this.currentStateView = currentStateView;
    }

    @Override
    public Response toResponse(RuntimeException failure) {
        return switch (failure) {
            case ValidationFailed v -> json(400, new ErrorJson(400, "Some values are not valid",
                    v.errors().stream().map(e -> new ErrorJson.FieldErrorJson(e.field(), e.message())).toList(),
                    null));
            case NotAuthenticated n -> json(401, new ErrorJson(401, n.getMessage(), null, null));
            case NotPermitted n -> json(403, new ErrorJson(403, n.getMessage(), null, null));
            case NotVisible n -> json(404, new ErrorJson(404, n.getMessage(), null, null));
            case NotFound n -> json(404, new ErrorJson(404, n.getMessage(), null, null));
            case ProjectBusy b -> json(409, new ErrorJson(409, b.getMessage(), null, null));
            case StaleVersion s -> json(409, new ErrorJson(409, s.getMessage(), null,
                    s.current() == null ? null : currentStateView.apply(s.current())));
            case WebApplicationException w -> json(w.getResponse().getStatus(),
                    new ErrorJson(w.getResponse().getStatus(), w.getResponse().getStatusInfo().getReasonPhrase(),
                            null, null));
            default -> {
                LOG.error("Unexpected failure in a PMO REST call", failure);
                yield json(500, new ErrorJson(500, "Something went wrong on the server; it has been logged",
                        null, null));
            }
        };
    }

    private static Response json(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(PmoJson.write(body)).build();
    }
}
