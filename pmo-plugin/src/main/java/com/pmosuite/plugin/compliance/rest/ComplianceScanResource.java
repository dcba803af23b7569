package com.pmosuite.plugin.compliance.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.pmosuite.compliance.scan.ComplianceScans;
import com.pmosuite.compliance.scan.ComplianceSettings;
import com.pmosuite.plugin.compliance.wiring.ComplianceModule;
import com.pmosuite.plugin.compliance.wiring.ComplianceScheduling;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compliance scans' administration, under {@code /rest/pmo/1.0}, for PMO admins: the settings (a change
 * reschedules the scheduled scan), a scan of every project now in the background, and the run history.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceScanResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    /** The core names the bands by what they hold; the API by what they mean to a reader. */
    private static final Map<String, String> SETTINGS_FIELDS = Map.of("greenPercent", "greenAtLeast",
            "amberPercent", "amberAtLeast");
    private static final int MAX_RUNS = 1000;

    private final ComplianceModule module;
    private final ComplianceScans scans;
    private final ComplianceScheduling scheduling;
    private final ComplianceAccess access;

    @Inject
    public ComplianceScanResource(ComplianceModule module, ComplianceScheduling scheduling, PmoAccess access) {
        this.module = module;
        this.scans = module.scans();
        this.scheduling = scheduling;
        this.access = new ComplianceAccess(access, module.profiles());
    }

    @GET
    @Path("compliance/settings")
    public Response settings() {
        access.requirePmoAdmin("read the compliance settings");
        return ok(ComplianceViews.settings(scans.settings()));
    }

    /** Saves the settings sent with the version read; a new interval reschedules the scheduled scan at once. */
    @PUT
    @LicensedOnly
    @Path("compliance/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeSettings(InputStream body) {
        String actor = access.requirePmoAdmin("change the compliance settings");
        ComplianceSettingsJson input = PmoJson.read(body, ComplianceSettingsJson.class);
        List<FieldError> missing = new ArrayList<>();
        required("scanIntervalMinutes", input.scanIntervalMinutes(), missing);
        required("greenAtLeast", input.greenAtLeast(), missing);
        required("amberAtLeast", input.amberAtLeast(), missing);
        required("offenderCap", input.offenderCap(), missing);
        if (input.version() == null) {
            missing.add(new FieldError("version", "is required: send the version you last read"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationFailed(missing);
        }
        ComplianceSettings values;
        try {
            values = ComplianceSettings.validated(input.scanIntervalMinutes(), input.greenAtLeast(),
                    input.amberAtLeast(), input.offenderCap());
        } catch (ValidationFailed invalid) {
            throw new ValidationFailed(invalid.errors().stream().map(e -> new FieldError(
                    SETTINGS_FIELDS.getOrDefault(e.field(), e.field()), e.message())).toList());
        }
        int before = scans.settings().scanIntervalMinutes();
        ComplianceSettings saved = scans.changeSettings(input.version(), values, actor);
        if (saved.scanIntervalMinutes() != before) {
            scheduling.reschedule(module);
        }
        return ok(ComplianceViews.settings(saved));
    }

    /**
     * Queues a scan of every project in scope, in the admin's name, and has the scheduler run it now in the
     * background: 202 with the queued run (follow it in the run history).
     */
    @POST
    @LicensedOnly
    @Path("compliance/scan")
    public Response scanEverything() {
        String actor = access.requirePmoAdmin("scan every project");
        ScanRunJson queued = module.views().run(scans.queueScanAll(actor));
        scheduling.scanEverythingSoon();
        return Response.accepted(PmoJson.write(queued)).type(JSON).build();
    }

    /** The run history, newest first; {@code limit} 1 to 1,000 (default 50). */
    @GET
    @Path("compliance/runs")
    public Response runs(@QueryParam("limit") String limitText) {
        access.requirePmoAdmin("read the compliance run history");
        ComplianceParams params = new ComplianceParams();
        int limit = params.bounded("limit", limitText, 50, 1, MAX_RUNS);
        params.check();
        return ok(scans.runs(limit).stream().map(module.views()::run).toList());
    }

    private static void required(String field, Integer value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }

    private static Response ok(List<? extends JsonBody> body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
