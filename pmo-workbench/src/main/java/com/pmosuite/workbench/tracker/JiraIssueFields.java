package com.pmosuite.workbench.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.workbench.host.WorkbenchProject;
import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.tracker.TrackerScheme.IssueType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads the {@code fields} object of a Jira REST v2 create or edit into an {@link IssueDraft}: the system fields
 * and custom fields the workbench knows, each checked for type and bounds, keys resolved to ids among the issues the
 * caller may see. Every problem is collected per field, as Jira answers {@code {"errors": {field: message}}}.
 */
final class JiraIssueFields {
    static final int MAX_FIELDS = 50;

    /** What reading fields needs to resolve. */
    interface Resolver {
        /** A project the caller may browse, by key or id. */
        Optional<WorkbenchProject> project(String keyOrId);

        /** An issue the caller may see, by key or id. */
        Optional<TrackerIssue> issue(String keyOrId);

        Optional<WorkbenchAccount> user(String nameOrKey);
    }

    private final Resolver resolver;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private JiraIssueFields(Resolver resolver) {
        this.resolver = resolver;
    }

    /** A new issue's draft; a 400 ({@link TrackerValidationException}) lists every field in error. */
    static IssueDraft forCreate(JsonNode fields, Resolver resolver) {
        requireObject(fields);
        JiraIssueFields reader = new JiraIssueFields(resolver);
        WorkbenchProject project = reader.project(fields.get("project"));
        IssueType type = reader.issueType(fields.get("issuetype"));
        IssueDraft draft = new IssueDraft(project, type, null, null, null, null, null, null, null, null, null, null);
        return reader.apply(fields, draft, true);
    }

    /** The draft after an edit: the current fields with those given replaced. */
    static IssueDraft forEdit(JsonNode fields, TrackerIssue current, Resolver resolver) {
        return new JiraIssueFields(resolver).apply(fields, current.draft(), false);
    }

    private static void requireObject(JsonNode fields) {
        if (fields == null || !fields.isObject()) {
            throw TrackerValidationException.message("The request must have a 'fields' object.");
        }
    }

    private IssueDraft apply(JsonNode fields, IssueDraft start, boolean creating) {
        requireObject(fields);
        if (fields.size() > MAX_FIELDS) {
            throw TrackerValidationException.message("At most " + MAX_FIELDS + " fields may be set at once.");
        }
        IssueDraft draft = start;
        Long original = draft.originalEstimateSeconds();
        Long remaining = draft.remainingEstimateSeconds();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "project", "issuetype" -> {
                    if (!creating) {
                        errors.put(name, notSettable(name));
                    }
                }
                case "summary" -> draft = draft.withSummary(text(name, value, IssueTracker.MAX_SUMMARY + 1));
                case "parent" -> draft = draft.withParentId(issueRef(name, value, TrackerIssue::id));
                case TrackerFields.EPIC_LINK -> draft = draft.withEpicLinkId(value.isNull() ? null
                        : issueRef(name, value, TrackerIssue::id));
                case TrackerFields.STORY_POINTS -> draft = draft.withStoryPoints(number(name, value));
                case TrackerFields.START_DATE -> draft = draft.withStart(date(name, value));
                case "duedate" -> draft = draft.withDue(date(name, value));
                case "assignee" -> draft = draft.withAssigneeKey(assignee(value));
                case "security" -> draft = draft.withSecurityLevelId(security(value));
                case "timetracking" -> {
                    if (!value.isObject()) {
                        errors.put(name, "Time tracking must be an object.");
                        break;
                    }
                    if (value.has("originalEstimate") || value.has("originalEstimateSeconds")) {
                        original = duration("timetracking", value.get("originalEstimate"),
                                value.get("originalEstimateSeconds"));
                        if (creating && !value.has("remainingEstimate") && !value.has("remainingEstimateSeconds")) {
                            remaining = original;
                        }
                    }
                    if (value.has("remainingEstimate") || value.has("remainingEstimateSeconds")) {
                        remaining = duration("timetracking", value.get("remainingEstimate"),
                                value.get("remainingEstimateSeconds"));
                    }
                }
                default -> errors.put(name.length() > 100 ? name.substring(0, 100) : name, notSettable(name));
            }
        }
        draft = draft.withEstimates(original, remaining);
        if (!errors.isEmpty()) {
            throw new TrackerValidationException(errors, java.util.List.of());
        }
        return draft;
    }

    private static String notSettable(String name) {
        return "Field '" + (name.length() > 100 ? name.substring(0, 100) : name)
                + "' cannot be set. It is not on the appropriate screen, or unknown.";
    }

    private WorkbenchProject project(JsonNode value) {
        String ref = reference(value, "key");
        Optional<WorkbenchProject> project = ref == null ? Optional.empty() : resolver.project(ref);
        if (project.isEmpty()) {
            errors.put("project", ref == null ? "project is required" : "valid project is required");
            throw new TrackerValidationException(errors, java.util.List.of());
        }
        return project.get();
    }

    private IssueType issueType(JsonNode value) {
        String ref = reference(value, "name");
        Optional<IssueType> type = ref == null ? Optional.empty() : TrackerScheme.issueType(ref);
        if (type.isEmpty()) {
            errors.put("issuetype", ref == null ? "issue type is required" : "valid issue type is required");
            throw new TrackerValidationException(errors, java.util.List.of());
        }
        return type.get();
    }

    /** {@code {"id": "…"}} or {@code {"<named>": "…"}}: the value, bounded; {@code null} if neither is there. */
    private static String reference(JsonNode value, String named) {
        if (value == null || !value.isObject()) {
            return null;
        }
        JsonNode ref = value.hasNonNull("id") ? value.get("id") : value.get(named);
        if (ref == null || !(ref.isTextual() || ref.isIntegralNumber()) || ref.asText().length() > 100) {
            return null;
        }
        return ref.asText();
    }

    private String text(String name, JsonNode value, int max) {
        if (!value.isTextual()) {
            errors.put(name, "Field '" + name + "' must be text.");
            return null;
        }
        return value.asText().length() > max ? value.asText().substring(0, max) : value.asText();
    }

    private Long issueRef(String name, JsonNode value, Function<TrackerIssue, Long> id) {
        String ref = value.isTextual() ? value.asText() : reference(value, "key");
        if (ref == null || ref.length() > 100) {
            errors.put(name, "Could not find issue by id or key.");
            return null;
        }
        Optional<TrackerIssue> issue = resolver.issue(ref);
        if (issue.isEmpty()) {
            errors.put(name, "Could not find issue by id or key.");
            return null;
        }
        return id.apply(issue.get());
    }

    private Double number(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            errors.put(name, "Operation value must be a number");
            return null;
        }
        return value.asDouble();
    }

    private LocalDate date(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual() && value.asText().length() == 10) {
            try {
                return LocalDate.parse(value.asText());
            } catch (DateTimeParseException ignored) {
                // answered below
            }
        }
        errors.put(name, "Error parsing date string: " + (value.asText().length() > 20
                ? value.asText().substring(0, 20) : value.asText()));
        return null;
    }

    private String assignee(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        String ref = value.isObject() && value.hasNonNull("name") ? value.get("name").asText()
                : reference(value, "key");
        Optional<WorkbenchAccount> user = ref == null || ref.length() > 100 ? Optional.empty() : resolver.user(ref);
        if (user.isEmpty()) {
            errors.put("assignee", "User '" + (ref == null ? "" : ref) + "' does not exist.");
            return null;
        }
        return user.get().key();
    }

    private Long security(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        String ref = reference(value, "name");
        Optional<TrackerScheme.SecurityLevel> level = ref == null ? Optional.empty()
                : TrackerScheme.SECURITY_LEVELS.stream()
                .filter(l -> String.valueOf(l.id()).equals(ref) || l.name().equalsIgnoreCase(ref)).findFirst();
        if (level.isEmpty()) {
            errors.put("security", "Security level '" + (ref == null ? "" : ref) + "' does not exist.");
            return null;
        }
        return level.get().id();
    }

    private Long duration(String name, JsonNode text, JsonNode seconds) {
        if (seconds != null && !seconds.isNull()) {
            if (!seconds.canConvertToLong() || seconds.asLong() < 0 || seconds.asLong() > IssueTracker.MAX_SECONDS) {
                errors.put(name, "An estimate in seconds must be a whole number from 0 to " + IssueTracker.MAX_SECONDS
                        + ".");
                return null;
            }
            return seconds.asLong();
        }
        if (text == null || text.isNull()) {
            return null;
        }
        OptionalLong parsed = text.isTextual() ? JiraDuration.parse(text.asText()) : OptionalLong.empty();
        if (parsed.isEmpty() || parsed.getAsLong() > IssueTracker.MAX_SECONDS) {
            errors.put(name, "Please specify a valid time estimate, such as '3d 4h'.");
            return null;
        }
        return parsed.getAsLong();
    }
}
