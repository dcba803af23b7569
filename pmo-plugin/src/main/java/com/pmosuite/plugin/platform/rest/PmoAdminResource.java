package com.pmosuite.plugin.platform.rest;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.settings.PmoSettings;
import com.pmosuite.plugin.platform.settings.PmoSettingsStore;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Text;
import com.pmosuite.shared.ValidationFailed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The PMO suite's own settings, for Jira administrators in a secure administrator session (websudo), as Jira's own
 * administration pages are: {@code GET/PUT /rest/pmo/1.0/admin/settings}. The PMO admin group must exist in Jira.
 */
@Path("admin/settings")
@AdminOnly
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
public class PmoAdminResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    /** Jira's group names are at most 255 characters (the crowd directory's column). */
    static final int MAX_GROUP_NAME = 255;

    private final PmoAccess access;
    private final PmoSettingsStore settings;
    private final GroupManager groups;
    private final Clock clock;

    /** From the platform: Jira's groups, and the runtime's clock, which stamps the audit history. */
    @Inject
    public PmoAdminResource(PmoAccess access, PmoSettingsStore settings, PlatformServices platform) {
        this.access = access;
        this.settings = settings;
        this.groups = platform.host().groupManager();
        this.clock = platform.clock();
    }

    @GET
    public Response read() {
        access.requireJiraAdministrator("read the PMO settings");
        return ok(PmoSettingsJson.of(settings.current()));
    }

    /** Changes the PMO admin group. The body must carry the {@code version} read; a stale one gets 409. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(InputStream body) {
        String actorKey = access.requireJiraAdministrator("change the PMO settings").getKey();
        PmoSettingsJson input = PmoJson.read(body, PmoSettingsJson.class);
        List<FieldError> errors = new ArrayList<>();
        String group = Text.clean(input.pmoAdminGroup());
        if (group == null) {
            errors.add(new FieldError("pmoAdminGroup", "is required: the name of a Jira group"));
        } else if (group.length() > MAX_GROUP_NAME) {
            errors.add(new FieldError("pmoAdminGroup", "must be at most " + MAX_GROUP_NAME + " characters"));
        } else if (Text.forbiddenCodePoint(group) >= 0) {
            errors.add(new FieldError("pmoAdminGroup", Text.forbiddenMessage(Text.forbiddenCodePoint(group))));
        } else if (!groups.groupExists(group)) {
            errors.add(new FieldError("pmoAdminGroup", "is not a Jira group: create the group first"));
        }
        if (input.version() == null) {
            errors.add(new FieldError("version", "is required: send the version you last read"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        PmoSettings saved = settings.changePmoAdminGroup(input.version(), group, actorKey, clock.instant());
        return ok(PmoSettingsJson.of(saved));
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
