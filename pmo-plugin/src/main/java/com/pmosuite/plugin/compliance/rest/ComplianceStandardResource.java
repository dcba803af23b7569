package com.pmosuite.plugin.compliance.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.ProjectScan;
import com.pmosuite.compliance.ScanEngine;
import com.pmosuite.compliance.ScanTarget;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.StandardSetDraft;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.standard.ImportPlan;
import com.pmosuite.compliance.standard.StandardValidation;
import com.pmosuite.compliance.standard.Standards;
import com.pmosuite.compliance.standard.StandardsDocument;
import com.pmosuite.plugin.compliance.json.CheckJsonText;
import com.pmosuite.plugin.compliance.json.StandardsDocumentJson;
import com.pmosuite.plugin.compliance.wiring.ComplianceModule;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.ErrorJson;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.ValidationFailed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The PMO's standards and standard sets, under {@code /rest/pmo/1.0/compliance}, for PMO admins only (403 for
 * others, 401 for nobody): create, read, change with the version read (409 with the current one when stale) and
 * delete them, read their history, preview a check on a project, and export and import them as a file.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceStandardResource {
    private static final String STANDARD = "Standard";
    private static final String SET = "Standard set";
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final ComplianceModule module;
    private final Standards standards;
    private final ComplianceViews views;
    private final ComplianceAccess access;

    @Inject
    public ComplianceStandardResource(ComplianceModule module, PmoAccess access) {
        this.module = module;
        this.standards = module.standards();
        this.views = module.views();
        this.access = new ComplianceAccess(access, module.profiles());
    }

    // ------------------------------------------------------------------ standards

    @GET
    @Path("compliance/standards")
    public Response standards() {
        access.requirePmoAdmin("read the standards");
        return ok(standards.all().stream().map(views::standard).toList());
    }

    @POST
    @LicensedOnly
    @Path("compliance/standards")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createStandard(InputStream body) {
        String actor = access.requirePmoAdmin("create standards");
        StandardBody input = PmoJson.read(body, StandardBody.class);
        Standard created = standards.create(draft(input), actor);
        return created("compliance/standards/", created.id(), views.standard(created));
    }

    @GET
    @Path("compliance/standards/{id}")
    public Response standard(@PathParam("id") String id) {
        access.requirePmoAdmin("read the standards");
        long standardId = ComplianceParams.idOnly("id", id);
        return ok(views.standard(standards.find(standardId).orElseThrow(() -> notFound(STANDARD, id))));
    }

    /** Replaces a standard; the body carries the {@code version} read (409 with the current one when stale). */
    @PUT
    @LicensedOnly
    @Path("compliance/standards/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStandard(@PathParam("id") String id, InputStream body) {
        String actor = access.requirePmoAdmin("change standards");
        long standardId = existing(id, standards::find, STANDARD);
        StandardBody input = PmoJson.read(body, StandardBody.class);
        return ok(views.standard(standards.update(standardId, versionRead(input.version()), draft(input), actor)));
    }

    /** Deletes a standard no set lists; with {@code ?version=N} only at that version. Its history stays. */
    @DELETE
    @LicensedOnly
    @Path("compliance/standards/{id}")
    public Response deleteStandard(@PathParam("id") String id, @QueryParam("version") String version) {
        String actor = access.requirePmoAdmin("delete standards");
        return deleted(id, version, standards::find, STANDARD,
                (standardId, expected) -> standards.delete(standardId, expected, actor));
    }

    @GET
    @Path("compliance/standards/{id}/history")
    public Response standardHistory(@PathParam("id") String id) {
        access.requirePmoAdmin("read the standards");
        long standardId = ComplianceParams.idOnly("id", id);
        return history(standards.history(standardId), STANDARD + " " + id);
    }

    // ------------------------------------------------------------------ sets

    @GET
    @Path("compliance/sets")
    public Response sets() {
        access.requirePmoAdmin("read the standard sets");
        return ok(standards.allSets().stream().map(views::set).toList());
    }

    @POST
    @LicensedOnly
    @Path("compliance/sets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createSet(InputStream body) {
        String actor = access.requirePmoAdmin("create standard sets");
        StandardSetJson input = PmoJson.read(body, StandardSetJson.class);
        StandardSet created = standards.createSet(draft(input), actor);
        return created("compliance/sets/", created.id(), views.set(created));
    }

    @GET
    @Path("compliance/sets/{id}")
    public Response set(@PathParam("id") String id) {
        access.requirePmoAdmin("read the standard sets");
        long setId = ComplianceParams.idOnly("id", id);
        return ok(views.set(standards.findSet(setId).orElseThrow(() -> notFound(SET, id))));
    }

    @PUT
    @LicensedOnly
    @Path("compliance/sets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeSet(@PathParam("id") String id, InputStream body) {
        String actor = access.requirePmoAdmin("change standard sets");
        long setId = existing(id, standards::findSet, SET);
        StandardSetJson input = PmoJson.read(body, StandardSetJson.class);
        return ok(views.set(standards.updateSet(setId, versionRead(input.version()), draft(input), actor)));
    }

    @DELETE
    @LicensedOnly
    @Path("compliance/sets/{id}")
    public Response deleteSet(@PathParam("id") String id, @QueryParam("version") String version) {
        String actor = access.requirePmoAdmin("delete standard sets");
        return deleted(id, version, standards::findSet, SET,
                (setId, expected) -> standards.deleteSet(setId, expected, actor));
    }

    @GET
    @Path("compliance/sets/{id}/history")
    public Response setHistory(@PathParam("id") String id) {
        access.requirePmoAdmin("read the standard sets");
        long setId = ComplianceParams.idOnly("id", id);
        return history(standards.setHistory(setId), SET + " " + id);
    }

    // ------------------------------------------------------------------ shared by standards and sets

    /** A deletion of a stored item at an expected version, or at any when none is sent. */
    @FunctionalInterface
    private interface Deletion {
        void delete(long id, OptionalInt expectedVersion);
    }

    private static Response created(String path, long id, JsonBody view) {
        return Response.created(URI.create(path + id)).type(JSON).entity(PmoJson.write(view)).build();
    }

    private static NotVisible notFound(String what, String id) {
        return new NotVisible(what + " " + id);
    }

    /** The id of an item that exists (else 404), read from the path. */
    private static long existing(String id, LongFunction<Optional<?>> find, String what) {
        long parsed = ComplianceParams.idOnly("id", id);
        find.apply(parsed).orElseThrow(() -> notFound(what, id));
        return parsed;
    }

    /** A change must say which version it read, so a change made meanwhile is a 409, not overwritten. */
    private static int versionRead(Integer version) {
        if (version == null) {
            throw ValidationFailed.of("version", "is required: send the version you last read");
        }
        return version;
    }

    /** Deletes an existing item; with {@code ?version=N} only at that version. Its history stays. */
    private static Response deleted(String id, String version, LongFunction<Optional<?>> find, String what,
                                    Deletion deletion) {
        ComplianceParams params = new ComplianceParams();
        long parsed = params.id("id", id);
        OptionalInt expected = params.version(version);
        params.check();
        find.apply(parsed).orElseThrow(() -> notFound(what, id));
        deletion.delete(parsed, expected);
        return Response.noContent().build();
    }

    // ------------------------------------------------------------------ preview

    /** What one check finds in one project now; nothing is stored. */
    @POST
    @LicensedOnly
    @Path("compliance/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(InputStream body) {
        access.requirePmoAdmin("preview checks");
        PreviewJson.Request input = PmoJson.read(body, PreviewJson.Request.class);
        List<FieldError> errors = new ArrayList<>();
        Check check = input.check() == null ? null : readCheck(input.check().json(), errors);
        if (input.check() == null) {
            errors.add(new FieldError("check", "is required"));
        }
        Project project = null;
        ComplianceParams params = new ComplianceParams();
        String key = params.projectKey(input.projectKey());
        try {
            params.check();
            project = access.browsable(key);
        } catch (ValidationFailed | NotVisible unknown) {
            errors.add(new FieldError("projectKey", "names no project you may browse"));
        }
        if (check != null) {
            // The same checks a saved standard passes (bounds, JQL this runtime can run), at the same paths.
            StandardValidation.standard("", new StandardDraft("Preview", null, StandardSeverity.MAJOR,
                    Standard.MIN_WEIGHT, true, check), module.jql(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Standard standard = new Standard(0, "Preview", null, StandardSeverity.MAJOR, Standard.MIN_WEIGHT, true,
                check, null, null, 0);
        ScanEngine engine = module.engine();
        List<ProjectScan> scans = engine.scan(List.of(new ScanTarget(project.getId(), project.getKey(),
                List.of(standard), List.of())), module.today(), module.scans().settings().offenderCap());
        boolean issueSearch = check instanceof Check.Condition || check instanceof Check.Jql;
        return ok(views.preview(project.getKey(), scans.get(0).results().get(0), issueSearch
                ? module.navigator().query(check, project.getId(), project.getKey()) : null));
    }

    // ------------------------------------------------------------------ interchange

    /** Every set with its standards, and the standards in no set, as a file to keep or import elsewhere. */
    @GET
    @Path("compliance/export")
    public Response export() {
        access.requirePmoAdmin("export the standards");
        return Response.ok(StandardsDocumentJson.write(standards.exportAll()), JSON)
                .header("Content-Disposition", "attachment; filename=\"pmo-standards.json\"")
                .build();
    }

    /**
     * With {@code dryRun=true} the body is a file and the answer its plan, nothing written; without, the body is
     * {@code {document, fingerprint}} and the plan is applied in one transaction, unless the standards changed since
     * the plan with that fingerprint was made (409 with the new plan in {@code current}).
     */
    @POST
    @LicensedOnly
    @Path("compliance/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importFile(@QueryParam("dryRun") String dryRunText, InputStream body) {
        String actor = access.requirePmoAdmin("import standards");
        ComplianceParams params = new ComplianceParams();
        boolean dryRun = params.flag("dryRun", dryRunText);
        params.check();
        if (dryRun) {
            StandardsDocument document = StandardsDocumentJson.read(PmoJson.text(body,
                    StandardsDocumentJson.MAX_CHARS, "file"));
            return ok(ComplianceViews.plan(standards.planImport(document)));
        }
        ImportJson.Apply input = PmoJson.read(body, ImportJson.Apply.class);
        List<FieldError> missing = new ArrayList<>();
        if (input.document() == null) {
            missing.add(new FieldError("document", "is required: the file the plan was made of"));
        }
        if (input.fingerprint() == null || input.fingerprint().isBlank()) {
            missing.add(new FieldError("fingerprint", "is required: the plan's fingerprint"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationFailed(missing);
        }
        StandardsDocument document;
        try {
            document = StandardsDocumentJson.read(input.document().json());
        } catch (ValidationFailed invalid) {
            throw new ValidationFailed(invalid.errors().stream().map(e -> new FieldError(
                    e.field().equals("file") ? "document" : "document." + e.field(), e.message())).toList());
        }
        ImportPlan plan = standards.planImport(document);
        if (!plan.fingerprint().equals(input.fingerprint().strip())) {
            ErrorJson stale = new ErrorJson(409, "The standards changed since this import was planned: check the"
                    + " new plan and import again", null, ComplianceViews.plan(plan));
            return Response.status(409).type(JSON).entity(PmoJson.write(stale)).build();
        }
        standards.applyImport(plan, actor);
        return ok(ComplianceViews.plan(plan));
    }

    // ------------------------------------------------------------------ mapping

    private static StandardDraft draft(StandardBody input) {
        List<FieldError> errors = new ArrayList<>();
        StandardSeverity severity = null;
        if (input.severity() != null) {
            severity = input.severity().length() > 40 ? null : Names.parse(StandardSeverity.class, input.severity());
            if (severity == null) {
                errors.add(new FieldError("severity", "must be " + Names.choices(StandardSeverity.class)));
            }
        }
        Check check = input.check() == null ? null : readCheck(input.check().json(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new StandardDraft(input.name(), input.rationale(), severity,
                input.weight() == null ? 0 : input.weight(), input.enabled() == null || input.enabled(), check);
    }

    private static Check readCheck(String json, List<FieldError> errors) {
        try {
            return CheckJsonText.read(json, "check");
        } catch (ValidationFailed invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    private static StandardSetDraft draft(StandardSetJson input) {
        StandardSetJson.ScopeJson scope = input.scope();
        List<FieldError> errors = new ArrayList<>();
        SetScope setScope = scope == null ? SetScope.NONE : new SetScope(ids("scope.portfolioIds",
                scope.portfolioIds(), errors), ids("scope.categoryIds", scope.categoryIds(), errors),
                ids("scope.projectIds", scope.projectIds(), errors));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new StandardSetDraft(input.name(), input.description(), input.standardIds(), setScope);
    }

    private static Set<Long> ids(String field, List<Long> ids, List<FieldError> errors) {
        if (ids == null) {
            return Set.of();
        }
        if (ids.size() > Standards.MAX_SCOPE_IDS) {
            errors.add(new FieldError(field, "at most " + Standards.MAX_SCOPE_IDS + " ids"));
            return Set.of();
        }
        Set<Long> set = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                errors.add(new FieldError(field + "[" + i + "]", "must be an id"));
            } else {
                set.add(ids.get(i));
            }
        }
        return set;
    }

    private Response history(List<AuditEntry> entries, String what) {
        if (entries.isEmpty()) {
            throw new NotVisible(what);
        }
        return ok(views.history(entries));
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }

    private static Response ok(List<? extends JsonBody> body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
