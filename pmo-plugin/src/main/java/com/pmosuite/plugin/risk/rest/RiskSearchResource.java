package com.pmosuite.plugin.risk.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.WholeNumbers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The risk picker's search, under {@code /rest/pmo/1.0}: a project's risks whose id or title matches what someone
 * types, in the list's page shape, so a picker can link one without another read. Needs Browse Projects on the
 * project (404 otherwise), like every read of a register.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class RiskSearchResource {
    /** Jira's own pickers refuse longer queries; so does this one. */
    static final int MAX_QUERY_CHARS = 255;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final RiskRegister register;
    private final RiskViews views;
    private final PmoAccess access;

    @Inject
    public RiskSearchResource(RiskModule risks, PmoAccess access) {
        this.register = risks.register();
        this.views = risks.views();
        this.access = access;
    }

    /**
     * The project's risks for typed text: the risk with that id (with or without {@code #}) first, then those whose
     * title contains it ignoring case, by title. Query: {@code query} (required, at most 255 characters),
     * {@code limit} (1–50, default 10).
     */
    @GET
    @Path("projects/{projectKey}/risks/search")
    public Response search(@PathParam("projectKey") String projectKey,
                           @QueryParam("query") String query,
                           @QueryParam("limit") String limit) {
        Project project = access.browsable(projectKey);
        List<FieldError> errors = new ArrayList<>();
        if (query == null || query.isBlank()) {
            errors.add(new FieldError("query", "is required: part of a risk's title, or its id"));
        } else if (query.length() > MAX_QUERY_CHARS) {
            errors.add(new FieldError("query", "must be at most " + MAX_QUERY_CHARS + " characters"));
        }
        int size = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            OptionalInt parsed = WholeNumbers.parseInt(limit.strip());
            if (parsed.isEmpty() || parsed.getAsInt() < 1 || parsed.getAsInt() > MAX_LIMIT) {
                errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
            } else {
                size = parsed.getAsInt();
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return Response.ok(PmoJson.write(views.page(register.lookUp(project.getKey(), query, size),
                register.settings(project.getKey()))), JSON).build();
    }
}
