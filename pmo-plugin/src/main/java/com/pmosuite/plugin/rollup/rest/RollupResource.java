package com.pmosuite.plugin.rollup.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.rollup.wiring.RollupModule;
import com.pmosuite.rollups.PortfolioRollups;
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
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * REST API of portfolio, project and issue rollups, under {@code /rest/pmo/1.0}: read-only, computed from the issue
 * facts for the calling user. What the caller may not see answers 404 (a portfolio none of whose projects they may
 * browse, unless a PMO admin; a project they may not browse; an issue they may not see), malformed ids and depths
 * 400 with the fields named. Anonymous callers get what the site's anonymous access allows: nothing, normally.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class RollupResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final int MAX_ID_DIGITS = 18;
    /** Jira project keys start with a letter and hold letters, digits and underscores; 255 is Jira's column. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
    /** An issue key: a project key, a dash and the issue number. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}-[0-9]{1,18}");

    private final PortfolioRollups rollups;
    private final RollupModule module;

    @Inject
    public RollupResource(RollupModule module) {
        this.module = module;
        this.rollups = module.rollups();
    }

    /** A portfolio's rollup; {@code depth} issue levels below its projects (0 to 3, default 0). */
    @GET
    @Path("portfolios/{id}/rollup")
    public Response portfolio(@PathParam("id") String id, @QueryParam("depth") String depth,
                              @QueryParam("format") String format) {
        Request request = new Request();
        long portfolioId = request.id(id);
        int levels = request.depth(depth, 0);
        boolean csv = request.format(format);
        request.check();
        PortfolioRollups.Answer answer = rollups.portfolio(portfolioId, module.readers().current(), levels);
        return csv ? csv(answer, "portfolio-" + portfolioId + "-rollup.csv") : json(answer);
    }

    /** The same tree as CSV, one row per node. */
    @GET
    @Path("portfolios/{id}/rollup.csv")
    @Produces("text/csv")
    public Response portfolioCsv(@PathParam("id") String id, @QueryParam("depth") String depth) {
        Request request = new Request();
        long portfolioId = request.id(id);
        int levels = request.depth(depth, 0);
        request.check();
        return csv(rollups.portfolio(portfolioId, module.readers().current(), levels),
                "portfolio-" + portfolioId + "-rollup.csv");
    }

    /** A project's rollup; {@code depth} issue levels (0 to 3, default 1: its epics). */
    @GET
    @Path("projects/{projectKey}/rollup")
    public Response project(@PathParam("projectKey") String projectKey, @QueryParam("depth") String depth) {
        Request request = new Request();
        String key = request.key("projectKey", projectKey, PROJECT_KEY, "must be a project key like ABC");
        int levels = request.depth(depth, 1);
        request.check();
        return json(rollups.project(key, module.readers().current(), levels));
    }

    /** An epic's or parent's rollup; {@code depth} levels below it (0 to 3, default 1: its children). */
    @GET
    @Path("issues/{issueKey}/rollup")
    public Response issue(@PathParam("issueKey") String issueKey, @QueryParam("depth") String depth) {
        Request request = new Request();
        String key = request.key("issueKey", issueKey, ISSUE_KEY, "must be an issue key like ABC-123");
        int levels = request.depth(depth, 1);
        request.check();
        return json(rollups.issue(key, module.readers().current(), levels));
    }

    private static Response json(PortfolioRollups.Answer answer) {
        return Response.ok(PmoJson.write(RollupViews.json(answer)), JSON).build();
    }

    private static Response csv(PortfolioRollups.Answer answer, String fileName) {
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            RollupViews.csv(answer, out);
            out.flush();
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** A request's parameters, each checked before use; every problem is reported in one 400. */
    private static final class Request {
        private final List<FieldError> errors = new ArrayList<>();

        long id(String text) {
            String value = text == null ? "" : text.strip();
            OptionalLong id = value.length() > MAX_ID_DIGITS ? OptionalLong.empty() : WholeNumbers.parseLong(value);
            if (id.isEmpty() || id.getAsLong() < 1) {
                errors.add(new FieldError("id", "must be a portfolio id: a positive whole number"));
                return 0;
            }
            return id.getAsLong();
        }

        int depth(String text, int fallback) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            String value = text.strip();
            OptionalInt depth = value.length() > 2 ? OptionalInt.empty() : WholeNumbers.parseInt(value);
            if (depth.isEmpty() || depth.getAsInt() < 0 || depth.getAsInt() > PortfolioRollups.MAX_DEPTH) {
                errors.add(new FieldError("depth", "must be 0 to " + PortfolioRollups.MAX_DEPTH));
                return fallback;
            }
            return depth.getAsInt();
        }

        boolean format(String text) {
            if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("json")) {
                return false;
            }
            if (text.strip().equalsIgnoreCase("csv")) {
                return true;
            }
            errors.add(new FieldError("format", "must be json or csv"));
            return false;
        }

        String key(String field, String text, Pattern pattern, String message) {
            String value = text == null ? "" : text.strip();
            if (value.length() > 300 || !pattern.matcher(value).matches()) {
                errors.add(new FieldError(field, message));
                return value;
            }
            return value;
        }

        void check() {
            if (!errors.isEmpty()) {
                throw new ValidationFailed(errors);
            }
        }
    }
}
