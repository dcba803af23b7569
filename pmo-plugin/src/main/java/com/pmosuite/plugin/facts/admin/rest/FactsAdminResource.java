package com.pmosuite.plugin.facts.admin.rest;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.FieldMapping.Role;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.mapping.SavedFieldMapping;
import com.pmosuite.plugin.facts.admin.wiring.FactsAdminModule;
import com.pmosuite.plugin.facts.jira.JiraFieldCatalog;
import com.pmosuite.plugin.platform.auth.NotAuthenticated;
import com.pmosuite.plugin.platform.auth.NotPermitted;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;
import com.pmosuite.shared.ValidationFailed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The issue facts' administration, for PMO admins in a secure administrator session (websudo), under
 * {@code /rest/pmo/1.0/admin}: the field mapping ({@code field-mapping}, its {@code history}) and the full rebuild
 * ({@code facts/rebuild}, {@code facts/progress}). Anonymous callers get 401, logged-in callers without websudo 401
 * (with how to get it), anyone else in websudo 403. XSRF protection is the host's default for PUT and POST.
 */
@Path("admin")
@LicensedOnly
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
public class FactsAdminResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final Pattern FIELD_ID = Pattern.compile("customfield_[0-9]{1,18}");
    private static final Pattern TYPE_ID = Pattern.compile("[0-9]{1,18}");
    /** What a new mapping means for the stored facts; the answer of a save says it. */
    static final String REBUILD_NOTICE = "The stored issue facts were read with the previous mapping: start a full"
            + " rebuild (POST /admin/facts/rebuild) so that they follow this one.";

    static final String NUMBER = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    static final String DATE = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker";
    static final String DATE_TIME = "com.atlassian.jira.plugin.system.customfieldtypes:datetime";
    static final String TARGET_START = "com.atlassian.jpo:jpo-custom-field-baseline-start";
    static final String EPIC_LINK = "com.pyxis.greenhopper.jira:gh-epic-link";
    static final String PARENT_LINK = "com.atlassian.jpo:jpo-custom-field-parent";

    /** The custom field types that can supply each role: what the reader can read from them. */
    static final Map<Role, Set<String>> FITTING_TYPES = new EnumMap<>(Map.of(
            Role.STORY_POINTS, Set.of(NUMBER),
            Role.EPIC_LINK, Set.of(EPIC_LINK),
            Role.PARENT_LINK, Set.of(PARENT_LINK),
            Role.START_DATE, Set.of(DATE, DATE_TIME, TARGET_START),
            Role.ACTUAL_COST, Set.of(NUMBER)));
    private static final Map<Role, String> WHAT = new EnumMap<>(Map.of(
            Role.STORY_POINTS, "a number field",
            Role.EPIC_LINK, "Jira Software's Epic Link field",
            Role.PARENT_LINK, "Advanced Roadmaps' Parent Link field",
            Role.START_DATE, "a date field",
            Role.ACTUAL_COST, "a number field"));

    private final FactsAdminModule module;
    private final PmoAccess access;
    private final PeopleDirectory people;

    @Inject
    public FactsAdminResource(FactsAdminModule module, PmoAccess access, PlatformServices platform) {
        this.module = module;
        this.access = access;
        this.people = platform.people();
    }

    /** The mapping in use, what Jira offers for each role, and the proposal. */
    @GET
    @Path("field-mapping")
    public Response fieldMapping() {
        requirePmoAdmin("read the field mapping");
        return ok(page(module.fieldMappings().saved(), null));
    }

    /** Saves the mapping. The body must carry the {@code version} read; a stale one gets 409. */
    @PUT
    @Path("field-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveFieldMapping(InputStream body) {
        String actor = requirePmoAdmin("change the field mapping");
        FieldMappingJson input = PmoJson.read(body, FieldMappingJson.class);
        List<FieldError> errors = new ArrayList<>();
        Map<Role, String> fields = new EnumMap<>(Role.class);
        fields.put(Role.STORY_POINTS, checkField(Role.STORY_POINTS, input.storyPoints(), errors));
        fields.put(Role.EPIC_LINK, checkField(Role.EPIC_LINK, input.epicLink(), errors));
        fields.put(Role.PARENT_LINK, checkField(Role.PARENT_LINK, input.parentLink(), errors));
        fields.put(Role.START_DATE, checkField(Role.START_DATE, input.startDate(), errors));
        fields.put(Role.ACTUAL_COST, checkField(Role.ACTUAL_COST, input.actualCost(), errors));
        Map<String, Integer> levels = checkLevels(input.issueTypeLevels(), errors);
        if (input.version() == null) {
            errors.add(new FieldError("version", "is required: send the version you last read"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        FieldMapping mapping = new FieldMapping(fields.get(Role.STORY_POINTS), fields.get(Role.EPIC_LINK),
                fields.get(Role.PARENT_LINK), fields.get(Role.START_DATE), fields.get(Role.ACTUAL_COST), levels);
        SavedFieldMapping before = module.fieldMappings().saved();
        SavedFieldMapping saved = module.fieldMappings().save(input.version(), mapping, actor);
        boolean changed = saved.version() != before.version();
        return ok(page(saved, changed ? REBUILD_NOTICE : null));
    }

    /** The mapping's changes, oldest first. */
    @GET
    @Path("field-mapping/history")
    public Response fieldMappingHistory() {
        requirePmoAdmin("read the field mapping's history");
        List<FieldMappingHistoryJson> lines = module.fieldMappings().history().stream()
                .map(e -> new FieldMappingHistoryJson(e.version(), e.actorKey(),
                        e.actorKey() == null ? null : people.byKey(e.actorKey()).map(Person::displayName)
                                .orElse(e.actorKey()),
                        e.at().toString(), e.field(), e.oldValue(), e.newValue()))
                .toList();
        return Response.ok(PmoJson.write(lines), JSON).build();
    }

    /**
     * Asks for a full rebuild and starts it now in the background: 202 with the progress to poll. 409 when a walk
     * is running (the rebuild would overwrite its checkpoint): wait for it to end.
     */
    @POST
    @Path("facts/rebuild")
    public Response rebuild() {
        requirePmoAdmin("rebuild the issue facts");
        FactsProgressJson progress = FactsProgressJson.of(module.startRebuild(), module.factCount());
        return Response.accepted(PmoJson.write(progress)).type(JSON).build();
    }

    /**
     * Runs the walk now: continues an unfinished one from its checkpoint (a rebuild cut off by a restart, a failed
     * one), else reconciles. 202 with the progress as it was before the run.
     */
    @POST
    @Path("facts/reconcile")
    public Response reconcile() {
        requirePmoAdmin("run the issue facts' walk");
        long facts = module.factCount();
        FactsProgressJson progress = module.continueWalk().map(p -> FactsProgressJson.of(p, facts))
                .orElseGet(() -> FactsProgressJson.none(facts));
        return Response.accepted(PmoJson.write(progress)).type(JSON).build();
    }

    /** The latest walk's progress and how many facts the table holds. */
    @GET
    @Path("facts/progress")
    public Response progress() {
        requirePmoAdmin("see the issue facts' progress");
        long facts = module.factCount();
        return ok(module.progress().map(p -> FactsProgressJson.of(p, facts))
                .orElseGet(() -> FactsProgressJson.none(facts)));
    }

    private FieldMappingPageJson page(SavedFieldMapping current, String notice) {
        List<JiraFieldCatalog.FoundField> found = module.catalog().discover();
        List<CustomField> all = module.customFields().getCustomFieldObjects();
        Map<Role, List<FieldMappingPageJson.FieldJson>> fitting = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            fitting.put(role, all.stream()
                    .filter(f -> f != null && f.getId() != null && fits(role, f, found))
                    .map(f -> new FieldMappingPageJson.FieldJson(f.getId(), f.getName(), typeKey(f)))
                    .toList());
        }
        return new FieldMappingPageJson(FieldMappingJson.of(current.mapping()), current.version(),
                current.isSaved(),
                found.stream().map(f -> new FieldMappingPageJson.FoundJson(roleName(f.role()), f.fieldId(),
                        f.name(), f.typeKey(), howName(f.howFound()))).toList(),
                FieldMappingJson.of(module.catalog().proposedMapping()),
                new FieldMappingPageJson.FittingJson(fitting.get(Role.STORY_POINTS), fitting.get(Role.EPIC_LINK),
                        fitting.get(Role.PARENT_LINK), fitting.get(Role.START_DATE), fitting.get(Role.ACTUAL_COST)),
                notice);
    }

    /** The field id if it names a custom field that fits the role; {@code null} for none; an error otherwise. */
    private String checkField(Role role, String value, List<FieldError> errors) {
        String name = roleName(role);
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!FIELD_ID.matcher(id).matches()) {
            errors.add(new FieldError(name, "is not a custom field id (customfield_ and up to 18 digits)"));
            return null;
        }
        CustomField field = module.customFields().getCustomFieldObject(id);
        if (field == null) {
            errors.add(new FieldError(name, "names no custom field of this Jira: " + id));
            return null;
        }
        if (!fits(role, field, module.catalog().discover())) {
            errors.add(new FieldError(name, "must be " + WHAT.get(role) + "; " + id + " is of type "
                    + typeKey(field)));
            return null;
        }
        return id;
    }

    /** A field fits a role by its type, or because Jira Software names it for the role. */
    private static boolean fits(Role role, CustomField field, List<JiraFieldCatalog.FoundField> found) {
        if (FITTING_TYPES.get(role).contains(typeKey(field))) {
            return true;
        }
        return found.stream().anyMatch(f -> f.role() == role
                && f.howFound() == JiraFieldCatalog.HowFound.JIRA_SOFTWARE && f.fieldId().equals(field.getId()));
    }

    private static Map<String, Integer> checkLevels(List<FieldMappingJson.TypeLevelJson> levels,
                                                    List<FieldError> errors) {
        Map<String, Integer> checked = new LinkedHashMap<>();
        if (levels == null) {
            return checked;
        }
        if (levels.size() > FieldMapping.MAX_TYPE_LEVELS) {
            errors.add(new FieldError("issueTypeLevels", "may name at most " + FieldMapping.MAX_TYPE_LEVELS
                    + " issue types"));
            return checked;
        }
        for (int i = 0; i < levels.size(); i++) {
            FieldMappingJson.TypeLevelJson entry = levels.get(i);
            String at = "issueTypeLevels[" + i + "]";
            String type = entry == null || entry.issueTypeId() == null ? null : entry.issueTypeId().strip();
            Integer level = entry == null ? null : entry.level();
            if (type == null || !TYPE_ID.matcher(type).matches()) {
                errors.add(new FieldError(at + ".issueTypeId", "is required: an issue type id of up to 18 digits"));
            } else if (checked.containsKey(type)) {
                errors.add(new FieldError(at + ".issueTypeId", "names issue type " + type + " a second time"));
            } else if (level == null || level < IssueFact.EPIC || level > FieldMapping.MAX_LEVEL) {
                errors.add(new FieldError(at + ".level", "must be a level from " + IssueFact.EPIC + " (epic) to "
                        + FieldMapping.MAX_LEVEL));
            } else {
                checked.put(type, level);
            }
        }
        return checked;
    }

    static String roleName(Role role) {
        return switch (role) {
            case STORY_POINTS -> "storyPoints";
            case EPIC_LINK -> "epicLink";
            case PARENT_LINK -> "parentLink";
            case START_DATE -> "startDate";
            case ACTUAL_COST -> "actualCost";
        };
    }

    private static String howName(JiraFieldCatalog.HowFound how) {
        return switch (how) {
            case JIRA_SOFTWARE -> "jiraSoftware";
            case FIELD_TYPE -> "fieldType";
            case FIELD_NAME -> "fieldName";
        };
    }

    private static String typeKey(CustomField field) {
        return field.getCustomFieldType() == null ? null : field.getCustomFieldType().getKey();
    }

    /** The PMO admin's user key: 401 when nobody is logged in, 403 for anyone else. */
    private String requirePmoAdmin(String action) {
        ApplicationUser user = access.currentUser().orElseThrow(NotAuthenticated::new);
        if (!access.isPmoAdmin(user)) {
            throw new NotPermitted("You need to be a PMO admin to " + action);
        }
        return user.getKey();
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
