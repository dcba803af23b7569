package com.pmosuite.workbench.tracker;

import com.pmosuite.workbench.http.WorkbenchAccount;
import com.pmosuite.workbench.http.WorkbenchAccounts;
import com.pmosuite.workbench.tracker.TrackerScheme.Status;
import com.pmosuite.workbench.tracker.TrackerScheme.Transition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jira REST API v2's JSON shapes of issues, statuses, transitions and worklogs, for the workbench's issues. */
final class JiraIssueJson {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final String restBase;
    private final WorkbenchAccounts accounts;
    private final ZoneId zone;

    /**
     * @param restBase for example {@code http://localhost:2990/rest/api/2/}
     * @param zone     the reader's time zone, in which Jira writes timestamps
     */
    JiraIssueJson(String restBase, WorkbenchAccounts accounts, ZoneId zone) {
        this.restBase = restBase;
        this.accounts = accounts;
        this.zone = zone;
    }

    /** An issue with its fields; {@code keys} names the issues its parent and epic link ids point at. */
    Map<String, Object> issue(TrackerIssue issue, Map<Long, String> keys) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("id", String.valueOf(issue.project().id()), "key", issue.project().key(),
                "name", issue.project().name(), "self", restBase + "project/" + issue.project().id()));
        fields.put("issuetype", issueType(issue.type()));
        fields.put("summary", issue.summary());
        fields.put("status", status(issue.status()));
        fields.put("resolution", issue.resolved() == null ? null
                : Map.of("id", "10000", "name", TrackerScheme.RESOLUTION_DONE));
        fields.put("resolutiondate", timestamp(issue.resolved()));
        fields.put("created", timestamp(issue.created()));
        fields.put("updated", timestamp(issue.updated()));
        fields.put("duedate", issue.due() == null ? null : issue.due().toString());
        fields.put(TrackerFields.START_DATE, issue.start() == null ? null : issue.start().toString());
        fields.put(TrackerFields.STORY_POINTS, issue.storyPoints());
        fields.put(TrackerFields.EPIC_LINK, issue.epicLinkId() == null ? null : keys.get(issue.epicLinkId()));
        if (issue.parentId() != null) {
            fields.put("parent", Map.of("id", String.valueOf(issue.parentId()),
                    "key", keys.getOrDefault(issue.parentId(), ""),
                    "self", restBase + "issue/" + issue.parentId()));
        }
        fields.put("assignee", issue.assigneeKey() == null ? null
                : accounts.byKey(issue.assigneeKey()).map(this::user).orElse(null));
        fields.put("security", issue.securityLevelId() == null ? null
                : TrackerScheme.securityLevel(issue.securityLevelId())
                .map(l -> Map.of("id", String.valueOf(l.id()), "name", l.name())).orElse(null));
        fields.put("timeoriginalestimate", issue.originalEstimateSeconds());
        fields.put("timeestimate", issue.remainingEstimateSeconds());
        fields.put("timespent", issue.timeSpentSeconds() == 0 ? null : issue.timeSpentSeconds());
        fields.put("timetracking", timeTracking(issue));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(issue.id()));
        json.put("self", restBase + "issue/" + issue.id());
        json.put("key", issue.key());
        json.put("fields", fields);
        return json;
    }

    private static Map<String, Object> timeTracking(TrackerIssue issue) {
        Map<String, Object> tracking = new LinkedHashMap<>();
        if (issue.originalEstimateSeconds() != null) {
            tracking.put("originalEstimate", JiraDuration.format(issue.originalEstimateSeconds()));
            tracking.put("originalEstimateSeconds", issue.originalEstimateSeconds());
        }
        if (issue.remainingEstimateSeconds() != null) {
            tracking.put("remainingEstimate", JiraDuration.format(issue.remainingEstimateSeconds()));
            tracking.put("remainingEstimateSeconds", issue.remainingEstimateSeconds());
        }
        if (issue.timeSpentSeconds() > 0) {
            tracking.put("timeSpent", JiraDuration.format(issue.timeSpentSeconds()));
            tracking.put("timeSpentSeconds", issue.timeSpentSeconds());
        }
        return tracking;
    }

    static Map<String, Object> issueType(TrackerScheme.IssueType type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", type.id());
        json.put("name", type.name());
        json.put("subtask", type.isSubTask());
        json.put("hierarchyLevel", type.hierarchyLevel());
        return json;
    }

    static Map<String, Object> status(Status status) {
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("id", TrackerScheme.categoryId(status.category()));
        category.put("key", status.category().jiraKey());
        category.put("name", TrackerScheme.categoryName(status.category()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", status.id());
        json.put("name", status.name());
        json.put("statusCategory", category);
        return json;
    }

    static Map<String, Object> transitions(List<Transition> transitions) {
        return Map.of("expand", "transitions", "transitions", transitions.stream().map(t -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", t.id());
            json.put("name", t.name());
            json.put("to", status(t.to()));
            return json;
        }).toList());
    }

    Map<String, Object> worklog(Worklog worklog) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(worklog.id()));
        json.put("issueId", String.valueOf(worklog.issueId()));
        json.put("self", restBase + "issue/" + worklog.issueId() + "/worklog/" + worklog.id());
        json.put("author", accounts.byKey(worklog.authorKey()).map(this::user).orElse(null));
        json.put("started", timestamp(worklog.started()));
        json.put("created", timestamp(worklog.created()));
        json.put("timeSpent", JiraDuration.format(worklog.timeSpentSeconds()));
        json.put("timeSpentSeconds", worklog.timeSpentSeconds());
        return json;
    }

    private Map<String, Object> user(WorkbenchAccount account) {
        return Map.of("name", account.username(), "key", account.key(), "displayName", account.displayName(),
                "self", restBase + "user?username=" + account.username());
    }

    private String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant.atZone(zone));
    }
}
