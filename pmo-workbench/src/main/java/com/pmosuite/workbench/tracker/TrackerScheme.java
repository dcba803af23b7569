package com.pmosuite.workbench.tracker;

import com.pmosuite.facts.StatusCategory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workbench Jira's configuration, the same for every project: Jira Software's default issue types, the
 * statuses of its simplified workflow (every status reachable from every other, each by one global transition, as
 * a new Jira Software project gets), and one issue security level.
 */
public final class TrackerScheme {

    /** An issue type with its Jira id and hierarchy level ({@code -1} sub-task, {@code 0} standard, {@code 1} epic). */
    public record IssueType(String id, String name, int hierarchyLevel)
            implements com.atlassian.jira.issue.issuetype.IssueType {
        @Override
        public boolean isSubTask() {
            return hierarchyLevel < 0;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** A status with its Jira id and category. */
    public record Status(String id, String name, StatusCategory category)
            implements com.atlassian.jira.issue.status.Status {
        @Override
        public com.atlassian.jira.issue.status.category.StatusCategory getStatusCategory() {
            return category::jiraKey;
        }
    }

    /** A workflow transition: Jira's id, its name, and the status it leads to. */
    public record Transition(String id, String name, Status to) {
    }

    /** An issue security level: only some users may see the issues that carry it. */
    public record SecurityLevel(long id, String name) {
    }

    public static final IssueType EPIC = new IssueType("10000", "Epic", 1);
    public static final IssueType STORY = new IssueType("10001", "Story", 0);
    public static final IssueType TASK = new IssueType("10002", "Task", 0);
    public static final IssueType SUB_TASK = new IssueType("10003", "Sub-task", -1);
    public static final IssueType BUG = new IssueType("10004", "Bug", 0);
    public static final List<IssueType> ISSUE_TYPES = List.of(EPIC, STORY, TASK, SUB_TASK, BUG);

    public static final Status TO_DO = new Status("10000", "To Do", StatusCategory.TODO);
    public static final Status IN_PROGRESS = new Status("3", "In Progress", StatusCategory.IN_PROGRESS);
    public static final Status IN_REVIEW = new Status("10001", "In Review", StatusCategory.IN_PROGRESS);
    public static final Status DONE = new Status("10002", "Done", StatusCategory.DONE);
    public static final List<Status> STATUSES = List.of(TO_DO, IN_PROGRESS, IN_REVIEW, DONE);

    private static final List<Transition> STORY_TRANSITIONS = List.of(new Transition("11", "To Do", TO_DO),
            new Transition("21", "In Progress", IN_PROGRESS), new Transition("41", "In Review", IN_REVIEW),
            new Transition("31", "Done", DONE));
    // Epics and sub-tasks skip review, as in Jira Software's default epic and sub-task workflows.
    private static final List<Transition> SHORT_TRANSITIONS = List.of(STORY_TRANSITIONS.get(0),
            STORY_TRANSITIONS.get(1), STORY_TRANSITIONS.get(3));

    /** Visible to project administrators, Jira administrators and PMO admins; not to other members or viewers. */
    public static final SecurityLevel MANAGEMENT = new SecurityLevel(10100L, "Management");
    public static final List<SecurityLevel> SECURITY_LEVELS = List.of(MANAGEMENT);

    /** The resolution Jira sets on entering a done status and clears on leaving it. */
    public static final String RESOLUTION_DONE = "Done";

    /** Jira's ids of the status categories: 2 To Do, 4 In Progress, 3 Done. */
    public static long categoryId(StatusCategory category) {
        return switch (category) {
            case TODO -> 2L;
            case IN_PROGRESS -> 4L;
            case DONE -> 3L;
        };
    }

    /** The name Jira shows for a status category. */
    public static String categoryName(StatusCategory category) {
        return switch (category) {
            case TODO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
    }

    /** A category by its name ("In Progress"), key ("indeterminate") or id ("4"), ignoring case. */
    public static Optional<StatusCategory> category(String nameKeyOrId) {
        for (StatusCategory category : StatusCategory.values()) {
            if (categoryName(category).equalsIgnoreCase(nameKeyOrId) || category.jiraKey().equalsIgnoreCase(nameKeyOrId)
                    || String.valueOf(categoryId(category)).equals(nameKeyOrId)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** An issue type by its name (ignoring case) or id. */
    public static Optional<IssueType> issueType(String nameOrId) {
        return ISSUE_TYPES.stream()
                .filter(t -> t.id().equals(nameOrId) || t.name().equalsIgnoreCase(nameOrId)).findFirst();
    }

    public static Optional<IssueType> issueTypeById(String id) {
        return ISSUE_TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A status by its name (ignoring case) or id. */
    public static Optional<Status> status(String nameOrId) {
        return STATUSES.stream()
                .filter(s -> s.id().equals(nameOrId) || s.name().toLowerCase(Locale.ROOT)
                        .equals(nameOrId.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static Optional<Status> statusById(String id) {
        return STATUSES.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public static Optional<SecurityLevel> securityLevel(long id) {
        return SECURITY_LEVELS.stream().filter(l -> l.id() == id).findFirst();
    }

    /** The transitions an issue of this type has from its current status: every other status of its workflow. */
    public static List<Transition> transitions(IssueType type, Status from) {
        List<Transition> all = type.equals(EPIC) || type.isSubTask() ? SHORT_TRANSITIONS : STORY_TRANSITIONS;
        return all.stream().filter(t -> !t.to().equals(from)).toList();
    }

    private TrackerScheme() {
    }
}
