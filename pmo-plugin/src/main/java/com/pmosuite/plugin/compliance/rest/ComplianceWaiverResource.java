package com.pmosuite.plugin.compliance.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.compliance.waiver.Waivers;
import com.pmosuite.plugin.compliance.wiring.ComplianceModule;
import com.pmosuite.plugin.platform.auth.NotAuthenticated;
import com.pmosuite.plugin.platform.auth.NotPermitted;
import com.pmosuite.plugin.platform.auth.NotVisible;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.ErrorJson;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Compliance waivers, under {@code /rest/pmo/1.0}: a project's lead, its administrators or a PMO admin ask for one;
 * a PMO admin approves or rejects it; the requester or a PMO admin withdraws it. A project's waivers are listed to
 * whoever may browse it, every waiver to PMO admins. A waiver of a project one may not browse is not found.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceWaiverResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final ComplianceModule module;
    private final Waivers waivers;
    private final ComplianceViews views;
    private final ComplianceAccess access;
    private final PmoAccess policy;

    @Inject
    public ComplianceWaiverResource(ComplianceModule module, PmoAccess access) {
        this.module = module;
        this.waivers = module.waivers();
        this.views = module.views();
        this.policy = access;
        this.access = new ComplianceAccess(access, module.profiles());
    }

    /** The project's waivers in every status, newest first. */
    @GET
    @Path("projects/{key}/compliance/waivers")
    public Response forProject(@PathParam("key") String key) {
        Project project = access.browsable(ComplianceParams.projectKeyOnly(key));
        Map<Long, Standard> standards = module.standardsById();
        return ok(waivers.forProject(project.getId()).stream()
                .map(w -> views.waiver(w, project.getKey(), standards)).toList());
    }

    /** Asks for a waiver of one standard in the project (all of it, or the issues named) until a day. */
    @POST
    @LicensedOnly
    @Path("projects/{key}/compliance/waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("key") String key, InputStream body) {
        Project project = access.forLeadOrAdmin(ComplianceParams.projectKeyOnly(key), "ask for a waiver");
        WaiverRequestBody input = PmoJson.read(body, WaiverRequestBody.class);
        List<FieldError> errors = new ArrayList<>();
        if (input.standardId() == null) {
            errors.add(new FieldError("standardId", "is required"));
        }
        LocalDate expires = date("expires", input.expires(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Waiver created = waivers.request(input.standardId(), project.getId(),
                input.issueKeys() == null ? List.of() : input.issueKeys(), input.justification(), expires,
                access.currentUserKey());
        return Response.created(URI.create("compliance/waivers/" + created.id())).type(JSON)
                .entity(PmoJson.write(view(created))).build();
    }

    /** Every waiver, or those in the statuses asked for ({@code ?status=requested,approved}): PMO admins. */
    @GET
    @Path("compliance/waivers")
    public Response all(@QueryParam("status") String status) {
        access.requirePmoAdmin("list every waiver");
        ComplianceParams params = new ComplianceParams();
        Set<WaiverStatus> wanted = EnumSet.noneOf(WaiverStatus.class);
        if (status != null && !status.isBlank()) {
            // At most one of each, so the text is bounded before it is split.
            String[] names = status.length() > 100 ? new String[] {status} : status.split(",", -1);
            for (String name : names) {
                WaiverStatus one = params.choice("status", name.isBlank() ? "?" : name, WaiverStatus.class);
                if (one != null) {
                    wanted.add(one);
                }
            }
        }
        params.check();
        Map<Long, Standard> standards = module.standardsById();
        Map<Long, String> keys = new HashMap<>();
        List<Waiver> found = waivers.all(wanted);
        return ok(found.stream().map(w -> views.waiver(w, keys.computeIfAbsent(w.projectId(),
                id -> module.projectKey(id).orElse(null)), standards)).toList());
    }

    @GET
    @Path("compliance/waivers/{id}")
    public Response get(@PathParam("id") String id) {
        return ok(view(visible(ComplianceParams.idOnly("id", id))));
    }

    @POST
    @LicensedOnly
    @Path("compliance/waivers/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") String id, InputStream body) {
        Waiver waiver = visible(ComplianceParams.idOnly("id", id));
        String actor = access.requirePmoAdmin("approve waivers");
        DecisionBody input = decision(body);
        return decided(waiver, () -> waivers.approve(waiver.id(), input.version(), input.note(), actor));
    }

    @POST
    @LicensedOnly
    @Path("compliance/waivers/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") String id, InputStream body) {
        Waiver waiver = visible(ComplianceParams.idOnly("id", id));
        String actor = access.requirePmoAdmin("reject waivers");
        DecisionBody input = decision(body);
        return decided(waiver, () -> waivers.reject(waiver.id(), input.version(), input.note(), actor));
    }

    /** Withdraws a requested or approved waiver: its requester or a PMO admin. */
    @POST
    @LicensedOnly
    @Path("compliance/waivers/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") String id, InputStream body) {
        Waiver waiver = visible(ComplianceParams.idOnly("id", id));
        ApplicationUser user = policy.currentUser().orElseThrow(NotAuthenticated::new);
        if (!Objects.equals(user.getKey(), waiver.requestedBy()) && !access.isPmoAdmin()) {
            throw new NotPermitted("Only who asked for a waiver, or a PMO admin, may withdraw it");
        }
        DecisionBody input = decision(body);
        return decided(waiver, () -> waivers.withdraw(waiver.id(), input.version(), input.note(), user.getKey()));
    }

    /** A waiver's history, oldest first: for whoever may see the waiver. */
    @GET
    @Path("compliance/waivers/{id}/history")
    public Response history(@PathParam("id") String id) {
        Waiver waiver = visible(ComplianceParams.idOnly("id", id));
        return ok(views.history(waivers.history(waiver.id())));
    }

    /**
     * A decision's answer: the waiver as it is now; 409 with the current waiver when its version moved on (the
     * mapper's answer to a stale version) or when its status does not allow this decision any more.
     */
    private Response decided(Waiver waiver, Supplier<Waiver> decision) {
        try {
            return ok(view(decision.get()));
        } catch (ValidationFailed refused) {
            boolean wrongState = refused.errors().stream().anyMatch(e -> e.field().equals("status"));
            if (!wrongState) {
                throw refused;
            }
            Waiver current = waivers.find(waiver.id()).orElse(waiver);
            String message = refused.errors().stream().filter(e -> e.field().equals("status")).findFirst()
                    .map(FieldError::message).orElse("not allowed now");
            ErrorJson conflict = new ErrorJson(409, "This waiver " + message, null, view(current));
            return Response.status(409).type(JSON).entity(PmoJson.write(conflict)).build();
        }
    }

    /** The waiver, if the reader is a PMO admin or may browse its project; else 404. */
    private Waiver visible(long id) {
        Waiver waiver = waivers.find(id).orElseThrow(() -> new NotVisible("Waiver " + id));
        if (access.isPmoAdmin()) {
            return waiver;
        }
        String key = module.projectKey(waiver.projectId()).orElseThrow(() -> new NotVisible("Waiver " + id));
        try {
            access.browsable(key);
        } catch (NotVisible hidden) {
            throw new NotVisible("Waiver " + id);
        }
        return waiver;
    }

    private static DecisionBody decision(InputStream body) {
        DecisionBody input = PmoJson.read(body, DecisionBody.class);
        if (input.version() == null) {
            throw ValidationFailed.of("version", "is required: send the version you last read");
        }
        return input;
    }

    private WaiverJson view(Waiver waiver) {
        return views.waiver(waiver, module.projectKey(waiver.projectId()).orElse(null), module.standardsById());
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        String value = text.strip();
        if (!DATE.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be a date as yyyy-MM-dd"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is not a date in the calendar"));
            return null;
        }
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }

    private static Response ok(List<? extends JsonBody> body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
