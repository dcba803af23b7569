package com.pmosuite.workbench.tracker;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.workbench.host.WorkbenchDirectory;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.http.WorkbenchJson;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The subset of Jira's REST API v2 the workbench serves over its issue tracker, under {@code /rest/api/2}: create,
 * read, edit and delete an issue, its transitions, logging work, and JQL search. Same access and XSRF rules as the
 * plugin's REST (a logged-in user; {@code X-Atlassian-Token: no-check} on writes). Browse permission and issue
 * security decide what a caller sees (404 otherwise, as Jira answers); editing, transitioning and logging work need
 * Edit Issues, deleting needs project administration (Jira's default Delete Issues). Errors have Jira's shape,
 * {@code {"errorMessages": [...], "errors": {field: message}}}; bodies are read only up to {@value #MAX_BODY} bytes.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class JiraIssueResource {
    static final int MAX_BODY = 64 * 1024;
    static final int DEFAULT_MAX_RESULTS = 50;

    private final IssueTracker tracker;
    private final TrackerSearch search;
    private final WorkbenchDirectory directory;
    private final ObjectMapper json = WorkbenchJson.newMapper();

    public JiraIssueResource(IssueTracker tracker, TrackerSearch search, WorkbenchDirectory directory) {
        this.tracker = tracker;
        this.search = search;
        this.directory = directory;
    }

    @POST
    @Path("issue")
    public Response create(InputStream body, @Context UriInfo uri) {
        return answer(() -> {
            ApplicationUser user = directory.getLoggedInUser();
            JsonNode request = body(body);
            IssueDraft draft = JiraIssueFields.forCreate(request.get("fields"), resolver(user));
            require(ProjectPermissions.EDIT_ISSUES, draft.project(), user, "create issues in this project");
            requireLevel(draft, null, user);
            TrackerIssue created = tracker.create(draft, user.getKey());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", String.valueOf(created.id()));
            answer.put("key", created.key());
            answer.put("self", restBase(uri) + "issue/" + created.id());
            return Response.status(201).entity(answer).build();
        });
    }

    @GET
    @Path("issue/{idOrKey}")
    public Response get(@PathParam("idOrKey") String idOrKey, @Context UriInfo uri) {
        return answer(() -> {
            TrackerIssue issue = visible(idOrKey);
            return Response.ok(views(uri).issue(issue, relatedKeys(List.of(issue)))).build();
        });
    }

    @PUT
    @Path("issue/{idOrKey}")
    public Response edit(@PathParam("idOrKey") String idOrKey, InputStream body) {
        return answer(() -> {
            ApplicationUser user = directory.getLoggedInUser();
            TrackerIssue issue = visible(idOrKey);
            require(ProjectPermissions.EDIT_ISSUES, issue.project(), user, "edit issues in this project");
            JsonNode request = body(body);
            IssueDraft draft = JiraIssueFields.forEdit(request.get("fields"), issue, resolver(user));
            requireLevel(draft, issue.securityLevelId(), user);
            tracker.edit(issue.id(), draft, user.getKey());
            return Response.noContent().build();
        });
    }

    @DELETE
    @Path("issue/{idOrKey}")
    public Response delete(@PathParam("idOrKey") String idOrKey, @QueryParam("deleteSubtasks") String subTasks) {
        return answer(() -> {
            ApplicationUser user = directory.getLoggedInUser();
            TrackerIssue issue = visible(idOrKey);
            require(ProjectPermissions.ADMINISTER_PROJECTS, issue.project(), user, "delete issues in this project");
            tracker.delete(issue.id(), "true".equalsIgnoreCase(subTasks), user.getKey());
            return Response.noContent().build();
        });
    }

    @GET
    @Path("issue/{idOrKey}/transitions")
    public Response transitions(@PathParam("idOrKey") String idOrKey) {
        return answer(() -> Response.ok(JiraIssueJson.transitions(tracker.transitions(visible(idOrKey)))).build());
    }

    @POST
    @Path("issue/{idOrKey}/transitions")
    public Response transition(@PathParam("idOrKey") String idOrKey, InputStream body) {
        return answer(() -> {
            ApplicationUser user = directory.getLoggedInUser();
            TrackerIssue issue = visible(idOrKey);
            require(ProjectPermissions.EDIT_ISSUES, issue.project(), user, "transition issues in this project");
            JsonNode transition = body(body).get("transition");
            JsonNode id = transition == null ? null : transition.get("id");
            if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().length() > 20) {
                throw TrackerValidationException.field("transition", "A transition id is required.");
            }
            tracker.transition(issue.id(), id.asText(), user.getKey());
            return Response.noContent().build();
        });
    }

    @POST
    @Path("issue/{idOrKey}/worklog")
    public Response logWork(@PathParam("idOrKey") String idOrKey, @QueryParam("adjustEstimate") String adjust,
                            InputStream body, @Context UriInfo uri) {
        return answer(() -> {
            ApplicationUser user = directory.getLoggedInUser();
            TrackerIssue issue = visible(idOrKey);
            require(ProjectPermissions.EDIT_ISSUES, issue.project(), user, "log work on issues in this project");
            IssueTracker.EstimateAdjustment adjustment = adjust == null || adjust.equals("auto")
                    ? IssueTracker.EstimateAdjustment.AUTO : adjust.equals("leave")
                    ? IssueTracker.EstimateAdjustment.LEAVE : null;
            if (adjustment == null) {
                throw TrackerValidationException.field("adjustEstimate",
                        "The workbench adjusts estimates by 'auto' or 'leave'.");
            }
            JsonNode request = body(body);
            long seconds = timeSpent(request);
            Worklog worklog = tracker.logWork(issue.id(), seconds, started(request.get("started")), adjustment,
                    user.getKey());
            return Response.status(201).entity(views(uri).worklog(worklog)).build();
        });
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("jql") String jql, @QueryParam("startAt") String startAt,
                           @QueryParam("maxResults") String maxResults, @Context UriInfo uri) {
        return answer(() -> searchPage(jql, number("startAt", startAt, 0), number("maxResults", maxResults,
                DEFAULT_MAX_RESULTS), uri));
    }

    @POST
    @Path("search")
    public Response searchByPost(InputStream body, @Context UriInfo uri) {
        return answer(() -> {
            JsonNode request = body(body);
            JsonNode jql = request.get("jql");
            if (jql != null && !jql.isTextual() && !jql.isNull()) {
                throw TrackerValidationException.message("jql must be text.");
            }
            return searchPage(jql == null || jql.isNull() ? "" : jql.asText(),
                    number("startAt", text(request.get("startAt")), 0),
                    number("maxResults", text(request.get("maxResults")), DEFAULT_MAX_RESULTS), uri);
        });
    }

    private Response searchPage(String jql, int startAt, int maxResults, UriInfo uri) {
        ApplicationUser user = directory.getLoggedInUser();
        TrackerSearch.Page page = search.search(user, search.parse(jql), startAt, maxResults);
        JiraIssueJson views = views(uri);
        Map<Long, String> keys = relatedKeys(page.issues());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("expand", "schema,names");
        answer.put("startAt", page.startAt());
        answer.put("maxResults", page.maxResults());
        answer.put("total", page.total());
        answer.put("issues", page.issues().stream().map(issue -> views.issue(issue, keys)).toList());
        return Response.ok(answer).build();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int number(String name, String text, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        if (text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            throw TrackerValidationException.message(name + " must be a whole number from 0.");
        }
        return Integer.parseInt(text);
    }

    private long timeSpent(JsonNode request) {
        JsonNode seconds = request.get("timeSpentSeconds");
        if (seconds != null && !seconds.isNull()) {
            if (!seconds.canConvertToLong() || seconds.asLong() <= 0 || seconds.asLong() > IssueTracker.MAX_SECONDS) {
                throw TrackerValidationException.field("timeLogged", "You must indicate the time spent working.");
            }
            return seconds.asLong();
        }
        JsonNode text = request.get("timeSpent");
        OptionalLong parsed = text != null && text.isTextual() ? JiraDuration.parse(text.asText())
                : OptionalLong.empty();
        if (parsed.isEmpty() || parsed.getAsLong() <= 0) {
            throw TrackerValidationException.field("timeLogged", "You must indicate the time spent working.");
        }
        return parsed.getAsLong();
    }

    private static Instant started(JsonNode started) {
        if (started == null || started.isNull()) {
            return null;
        }
        if (!started.isTextual() || started.asText().length() > 40) {
            throw TrackerValidationException.field("started", "Invalid start time.");
        }
        try {
            return OffsetDateTime.parse(started.asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw TrackerValidationException.field("started", "Invalid start time.");
        }
    }

    private TrackerIssue visible(String idOrKey) {
        return search.visibleIssue(directory.getLoggedInUser(), idOrKey)
                .orElseThrow(() -> new IssueNotFoundException("Issue Does Not Exist"));
    }

    private void require(ProjectPermissionKey permission, WorkbenchProject project, ApplicationUser user,
                         String what) {
        if (!directory.hasPermission(permission, project, user)) {
            throw new Forbidden("You do not have permission to " + what + ".");
        }
    }

    /** Only a level the caller may see can be set: nobody hides an issue from themselves by mistake. */
    private void requireLevel(IssueDraft draft, Long current, ApplicationUser user) {
        Long level = draft.securityLevelId();
        if (level != null && !level.equals(current)
                && !directory.canSeeSecurityLevel(draft.project(), level, user)) {
            throw TrackerValidationException.field("security", "Security level '" + level + "' does not exist.");
        }
    }

    private JiraIssueFields.Resolver resolver(ApplicationUser user) {
        return new JiraIssueFields.Resolver() {
            @Override
            public Optional<WorkbenchProject> project(String keyOrId) {
                return directory.projects().stream()
                        .filter(p -> p.key().equals(keyOrId) || String.valueOf(p.id()).equals(keyOrId))
                        .filter(p -> directory.hasPermission(ProjectPermissions.BROWSE_PROJECTS, p, user))
                        .findFirst();
            }

            @Override
            public Optional<TrackerIssue> issue(String keyOrId) {
                return search.visibleIssue(user, keyOrId);
            }

            @Override
            public Optional<WorkbenchAccount> user(String nameOrKey) {
                return directory.accounts().byUsername(nameOrKey).or(() -> directory.accounts().byKey(nameOrKey));
            }
        };
    }

    private Map<Long, String> relatedKeys(List<TrackerIssue> issues) {
        List<Long> ids = new ArrayList<>();
        for (TrackerIssue issue : issues) {
            if (issue.parentId() != null) {
                ids.add(issue.parentId());
            }
            if (issue.epicLinkId() != null) {
                ids.add(issue.epicLinkId());
            }
        }
        return tracker.store().keysOf(ids);
    }

    private JiraIssueJson views(UriInfo uri) {
        ApplicationUser user = directory.getLoggedInUser();
        return new JiraIssueJson(restBase(uri), directory.accounts(),
                directory.getTimeZoneforUser(user).toZoneId());
    }

    private static String restBase(UriInfo uri) {
        return uri.getBaseUri().toString();
    }

    private JsonNode body(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw TrackerValidationException.message("The request body may be at most " + MAX_BODY + " bytes.");
            }
            JsonNode node = json.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw TrackerValidationException.message("The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw TrackerValidationException.message("The request body is not valid JSON.");
        } catch (IOException e) {
            throw TrackerValidationException.message("The request body could not be read.");
        }
    }

    /** The caller may see the issue but not change it this way: Jira's 403. */
    private static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    /** Runs a request, answering the tracker's refusals in Jira's error shape. */
    private static Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (TrackerValidationException e) {
            return error(400, e.messages(), e.fieldErrors());
        } catch (JqlException e) {
            return error(400, List.of(e.getMessage()), Map.of());
        } catch (IssueNotFoundException e) {
            return error(404, List.of(e.getMessage()), Map.of());
        } catch (Forbidden e) {
            return error(403, List.of(e.getMessage()), Map.of());
        }
    }

    private static Response error(int status, List<String> messages, Map<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorMessages", messages);
        body.put("errors", fields);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
