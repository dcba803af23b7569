package com.pmosuite.plugin.risk.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.csv.SpreadsheetCsv;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.RiskCsv;
import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskCell;
import com.pmosuite.risk.RiskFields;
import com.pmosuite.risk.RiskFilter;
import com.pmosuite.risk.RiskImport;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.Severity;
import com.pmosuite.risk.imports.ImportTable;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.Page;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.WholeNumbers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.portfolio.Portfolios;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * REST API of the risk register, under {@code /rest/pmo/1.0}. Reading needs Browse Projects on the risk's project;
 * changing needs Edit Issues there (or PMO admin); unknown and invisible both answer 404. Anonymous reads follow
 * the site's anonymous access setting; changes need a licensed user. XSRF protection is the host's default for
 * mutating methods (none is excluded).
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final int MAX_CSV_CHARS = 2_000_000;
    /**
     * Our own format: the export's columns, at most {@link RiskCsv#MAX_ROWS} rows. A cell may be twice the longest
     * text field, because the export's formula guard can add an apostrophe to each line of a long text; longer text
     * is a row's error, reported by its field.
     */
    static final SpreadsheetCsv.Limits OWN_FORMAT = new SpreadsheetCsv.Limits(RiskCsv.MAX_ROWS,
            ImportTable.MAX_COLUMNS, 2 * RiskDraft.LONG_TEXT_MAX);
    private static final String CHANGE_RISKS = "change its risks";
    private static final String CHANGE_SETTINGS = "change its risk settings";
    // The link table's column width.
    private static final int MAX_ISSUE_KEY_CHARS = 255;

    private final RiskRegister register;
    private final RiskViews views;
    private final PmoAccess access;
    private final PeopleDirectory people;
    private final Portfolios portfolios;

    @Inject
    public RiskResource(RiskModule risks, PortfolioModule portfolioModule, PmoAccess access) {
        this.portfolios = portfolioModule.portfolios();
        this.people = risks.people();
        this.register = risks.register();
        this.views = risks.views();
        this.access = access;
    }

    /**
     * Lists a project's risks. Query: status, severity (repeatable or comma separated), owner (key or username),
     * probability and impact with assessment (inherent or residual: the live risks of one heat-map cell), issue
     * (the risks that link it), sort, order, offset, limit. The page says which currency the risks' money is in
     * (the project's plan currency through its portfolios, or null).
     */
    @GET
    @Path("projects/{projectKey}/risks")
    public Response list(@PathParam("projectKey") String projectKey,
                         @QueryParam("status") List<String> statuses,
                         @QueryParam("severity") List<String> severities,
                         @QueryParam("owner") String owner,
                         @QueryParam("probability") String probability,
                         @QueryParam("impact") String impact,
                         @QueryParam("assessment") String assessment,
                         @QueryParam("issue") String issue,
                         @QueryParam("sort") String sort,
                         @QueryParam("order") String order,
                         @QueryParam("offset") String offset,
                         @QueryParam("limit") String limit) {
        Project project = access.browsable(projectKey);
        List<FieldError> errors = new ArrayList<>();
        Set<RiskStatus> statusSet = choices("status", statuses, RiskStatus.class, errors);
        Set<Severity> severitySet = choices("severity", severities, Severity.class, errors);
        RiskSort sortBy = sort == null || sort.isBlank() ? RiskSort.SCORE : Names.parse(RiskSort.class, sort);
        if (sortBy == null) {
            errors.add(new FieldError("sort", "must be " + Names.choices(RiskSort.class)));
        }
        boolean descending = order == null || order.isBlank() ? sortBy == RiskSort.SCORE
                || sortBy == RiskSort.RESIDUAL_SCORE || sortBy == RiskSort.UPDATED || sortBy == RiskSort.CREATED
                : "desc".equalsIgnoreCase(order.strip());
        if (order != null && !order.isBlank() && !order.strip().equalsIgnoreCase("asc")
                && !order.strip().equalsIgnoreCase("desc")) {
            errors.add(new FieldError("order", "must be asc or desc"));
        }
        int from = number("offset", offset, 0, errors);
        int size = number("limit", limit, PageRequest.DEFAULT_LIMIT, errors);
        RiskSettings settings = register.settings(project.getKey());
        RiskCell cell = cell(probability, impact, assessment, settings, errors);
        String issueKey = issueKey(issue, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        PageRequest page = new PageRequest(from, size);
        // The owner filter takes a username or a user key; an unknown one simply matches no risk.
        String ownerKey = owner == null || owner.isBlank() ? null
                : people.byKeyOrUsername(owner.strip()).map(Person::key).orElse(owner.strip());
        Page<Risk> risks = register.list(project.getKey(),
                new RiskFilter(statusSet, severitySet, ownerKey, sortBy, descending, cell, issueKey), page);
        return ok(views.page(risks, settings, portfolios.planCurrency(project.getId()).orElse(null)));
    }

    @POST
    @LicensedOnly
    @Path("projects/{projectKey}/risks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("projectKey") String projectKey, InputStream body) {
        Project project = access.editable(projectKey, CHANGE_RISKS);
        RiskDraft draft = PmoJson.read(body, RiskBody.class).toDraft();
        Risk risk = register.create(project.getKey(), draft, access.currentUserKey());
        return Response.created(URI.create("risks/" + risk.id())).type(JSON)
                .entity(PmoJson.write(views.json(risk))).build();
    }

    @GET
    @Path("projects/{projectKey}/risks/heatmap")
    public Response heatMap(@PathParam("projectKey") String projectKey) {
        Project project = access.browsable(projectKey);
        RiskSettings settings = register.settings(project.getKey());
        return ok(views.heatMap(register.heatMap(project.getKey()), settings));
    }

    @GET
    @Path("projects/{projectKey}/risks.csv")
    @Produces("text/csv")
    public Response exportCsv(@PathParam("projectKey") String projectKey) {
        Project project = access.browsable(projectKey);
        // Streamed: the file is written as the register is read, in slices, never held whole in memory.
        StreamingOutput csv = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            register.exportCsv(project.getKey(), out);
            out.flush();
        };
        return Response.ok(csv, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + project.getKey() + "-risks.csv\"")
                .build();
    }

    /** Imports a CSV file (the export's columns) as new risks: all rows or, when any row is wrong, none. */
    @POST
    @LicensedOnly
    @Path("projects/{projectKey}/risks/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(@PathParam("projectKey") String projectKey, InputStream body) {
        Project project = access.editable(projectKey, CHANGE_RISKS);
        String csv = PmoJson.text(body, MAX_CSV_CHARS, "file");
        if (csv.isBlank()) {
            throw ValidationFailed.of("file", "is empty: expected a header line and at least one risk");
        }
        RiskImport result = register.importCsv(project.getKey(), SpreadsheetCsv.read(csv, ',', OWN_FORMAT),
                access.currentUserKey());
        ImportJson json = ImportJson.of(result);
        return Response.status(result.succeeded() ? 201 : 400).type(JSON).entity(PmoJson.write(json)).build();
    }

    /** The project's scale and thresholds, with the {@code version} a change must send back. */
    @GET
    @Path("projects/{projectKey}/risk-settings")
    public Response settings(@PathParam("projectKey") String projectKey) {
        Project project = access.browsable(projectKey);
        return ok(views.settings(register.versionedSettings(project.getKey())));
    }

    /** Every saved change of the project's scoring settings, oldest first, in the shape of a risk's history. */
    @GET
    @Path("projects/{projectKey}/risk-settings/history")
    public Response settingsHistory(@PathParam("projectKey") String projectKey) {
        Project project = access.browsable(projectKey);
        return ok(views.auditHistory(register.settingsHistory(project.getKey())));
    }

    /** Changes the scale or thresholds. The body must carry the {@code version} read; a stale one gets 409. */
    @PUT
    @LicensedOnly
    @Path("projects/{projectKey}/risk-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateSettings(@PathParam("projectKey") String projectKey, InputStream body) {
        Project project = access.administrable(projectKey, CHANGE_SETTINGS);
        RiskSettingsBody input = PmoJson.read(body, RiskSettingsBody.class);
        RiskSettings settings = input.toSettings();
        if (input.version() == null) {
            throw ValidationFailed.of("version", "is required: send the version you last read");
        }
        return ok(views.settings(register.updateSettings(project.getKey(), input.version(), settings,
                access.currentUserKey())));
    }

    /**
     * Settings not yet saved as the heat maps would draw them, or the field errors a {@code PUT} of them would get.
     * Nothing is written, so Browse Projects suffices; it is a POST only because it carries a body, and so is
     * XSRF-protected like every other.
     */
    @POST
    @Path("projects/{projectKey}/risk-settings/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response previewSettings(@PathParam("projectKey") String projectKey, InputStream body) {
        access.browsable(projectKey);
        return ok(views.preview(PmoJson.read(body, RiskSettingsPreviewBody.class).toSettings()));
    }

    @GET
    @Path("risks/{id}")
    public Response get(@PathParam("id") String id) {
        return ok(views.json(visible(id)));
    }

    /**
     * Replaces a risk's fields. The body must carry the {@code version} the client read; a stale one gets 409 with the
     * current risk and the three-way merge of the sent change onto it ({@link RiskConflictJson}).
     */
    @PUT
    @LicensedOnly
    @Path("risks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, InputStream body) {
        Risk current = visible(id);
        access.editable(current.projectKey(), CHANGE_RISKS);
        RiskBody input = PmoJson.read(body, RiskBody.class);
        Integer version = input.version();
        if (version == null) {
            throw ValidationFailed.of("version", "is required: send the version you last read");
        }
        try {
            Risk saved = register.update(current.id(), version, input.toDraft(), access.currentUserKey());
            return ok(views.json(saved));
        } catch (StaleVersion stale) {
            if (!(stale.current() instanceof Risk now)) {
                // Deleted meanwhile: the shared 409 without a current risk.
                throw stale;
            }
            RiskConflictJson conflict = views.conflict(stale.getMessage(), now, version, mine(input, now));
            return Response.status(409).type(JSON).entity(PmoJson.write(conflict)).build();
        }
    }

    /** The sent fields as a save would take them now, or null if they are no longer valid (the scale changed, say). */
    private RiskFields mine(RiskBody input, Risk now) {
        try {
            return input.toDraft().validate(register.settings(now.projectKey()), register.today(), people);
        } catch (ValidationFailed invalid) {
            return null;
        }
    }

    /** Deletes a risk; with {@code ?version=N} only if nobody changed it since version N. History is kept. */
    @DELETE
    @LicensedOnly
    @Path("risks/{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
        Risk current = visible(id);
        access.editable(current.projectKey(), CHANGE_RISKS);
        List<FieldError> errors = new ArrayList<>();
        OptionalInt expected = version == null || version.isBlank()
                ? OptionalInt.empty() : OptionalInt.of(number("version", version, 0, errors));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        register.delete(current.id(), expected, access.currentUserKey());
        return Response.noContent().build();
    }

    /** A risk's full history, oldest first; still readable after the risk was deleted. */
    @GET
    @Path("risks/{id}/history")
    public Response history(@PathParam("id") String id) {
        long riskId = riskId(id);
        String projectKey = register.projectOf(riskId).orElseThrow(() -> new NotVisible("Risk " + id));
        try {
            access.browsable(projectKey);
        } catch (NotVisible e) {
            // Answer as for a risk that never existed: naming the project would leak its key.
            throw new NotVisible("Risk " + id);
        }
        return ok(views.history(register.history(riskId)));
    }

    private Risk visible(String id) {
        long riskId = riskId(id);
        Risk risk = register.find(riskId).orElseThrow(() -> new NotVisible("Risk " + id));
        try {
            access.browsable(risk.projectKey());
        } catch (NotVisible e) {
            throw new NotVisible("Risk " + id);
        }
        return risk;
    }

    private static long riskId(String id) {
        // Ids are positive numbers in ASCII digits; anything else (also "٤٢") names no risk.
        OptionalLong value = WholeNumbers.parseLong(id);
        if (value.isPresent() && value.getAsLong() > 0) {
            return value.getAsLong();
        }
        throw new NotVisible("Risk " + id);
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }

    private static Response ok(List<? extends JsonBody> body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }

    private static int number(String field, String text, int fallback, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        OptionalInt value = WholeNumbers.parseInt(text.strip());
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "must be a whole number"));
            return fallback;
        }
        return value.getAsInt();
    }

    /** The issue filter: an issue key in upper case (links are stored so), at most as long as a stored one; or none. */
    private static String issueKey(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        if (key.length() > MAX_ISSUE_KEY_CHARS || !RiskDraft.isIssueKey(key)) {
            errors.add(new FieldError("issue", "must be an issue key like ABC-123"));
            return null;
        }
        return key;
    }

    /** The heat-map cell filter: probability and impact together, on the project's scale; or none. */
    private static RiskCell cell(String probability, String impact, String assessment, RiskSettings settings,
                                 List<FieldError> errors) {
        boolean hasProbability = probability != null && !probability.isBlank();
        boolean hasImpact = impact != null && !impact.isBlank();
        boolean hasAssessment = assessment != null && !assessment.isBlank();
        boolean residual = hasAssessment && assessment.strip().equalsIgnoreCase("residual");
        if (hasAssessment && !residual && !assessment.strip().equalsIgnoreCase("inherent")) {
            errors.add(new FieldError("assessment", "must be inherent or residual"));
        }
        if (!hasProbability && !hasImpact) {
            if (hasAssessment) {
                errors.add(new FieldError("assessment", "needs probability and impact"));
            }
            return null;
        }
        int size = settings.matrix().size();
        int p = level("probability", probability, size, errors);
        int i = level("impact", impact, size, errors);
        return p > 0 && i > 0 ? new RiskCell(residual, p, i) : null;
    }

    private static int level(String field, String text, int size, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is needed with a cell filter"));
            return 0;
        }
        int before = errors.size();
        int level = number(field, text, 0, errors);
        if (errors.size() == before && (level < 1 || level > size)) {
            errors.add(new FieldError(field, "must be 1 to " + size));
            return 0;
        }
        return errors.size() == before ? level : 0;
    }

    private static <E extends Enum<E>> Set<E> choices(String field, List<String> values, Class<E> type,
                                                      List<FieldError> errors) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values == null) {
            return chosen;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                E parsed = Names.parse(type, part);
                if (parsed == null) {
                    errors.add(new FieldError(field, "'" + part.strip() + "' is not one of " + Names.choices(type)));
                } else {
                    chosen.add(parsed);
                }
            }
        }
        return chosen;
    }
}
