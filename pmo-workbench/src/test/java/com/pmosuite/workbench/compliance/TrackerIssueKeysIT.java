package com.pmosuite.workbench.compliance;

import com.pmosuite.workbench.tracker.TrackerIssue;
import com.pmosuite.workbench.tracker.TrackerScheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue ids to keys and back in bulk, on HSQLDB: existing issues only, old keys of moved issues too. */
class TrackerIssueKeysIT {
    @TempDir
    Path data;

    private TrackerOnHsqldb jira;
    private TrackerIssueKeys keys;

    @BeforeEach
    void open() {
        jira = new TrackerOnHsqldb(data, Clock.systemUTC());
        keys = new TrackerIssueKeys(jira.store);
    }

    @AfterEach
    void close() {
        jira.close();
    }

    @Test
    void idsAndKeysTranslateInBulkLeavingOutWhatDoesNotExist() {
        TrackerIssue first = jira.create("ALPHA", TrackerScheme.TASK, null);
        TrackerIssue second = jira.create("BETA", TrackerScheme.TASK, null);

        assertThat(keys.keys(List.of(first.id(), second.id(), 1L))).isEqualTo(Map.of(first.id(), "ALPHA-1",
                second.id(), "BETA-1"));
        assertThat(keys.ids(List.of("ALPHA-1", "beta-1", "ALPHA-99", "not a key"))).isEqualTo(Map.of(
                "ALPHA-1", first.id(), "beta-1", second.id()));
    }

    @Test
    void moreThanAThousandIssuesAreTranslated() {
        List<TrackerIssue> created = jira.createMany("DELTA", 1_205);
        Map<Long, String> byId = created.stream().collect(Collectors.toMap(TrackerIssue::id, TrackerIssue::key));

        assertThat(keys.keys(byId.keySet())).isEqualTo(byId);
        assertThat(keys.ids(byId.values())).hasSize(1_205).containsEntry("DELTA-1205", created.get(1_204).id());
    }

    @Test
    void aMovedIssuesOldKeyStillFindsItAndItsCurrentKeyIsReported() {
        TrackerIssue story = jira.create("ALPHA", TrackerScheme.STORY, null);
        TrackerIssue moved = jira.tracker.move(story.id(), jira.project("GAMMA"), TrackerOnHsqldb.ADMIN);

        assertThat(keys.ids(List.of("ALPHA-1", moved.key()))).isEqualTo(Map.of("ALPHA-1", story.id(),
                moved.key(), story.id()));
        assertThat(keys.keys(List.of(story.id()))).containsExactly(Map.entry(story.id(), "GAMMA-1"));
    }

    @Test
    void aDeletedIssuesKeysFindNothing() {
        TrackerIssue story = jira.create("ALPHA", TrackerScheme.STORY, null);
        jira.tracker.move(story.id(), jira.project("BETA"), TrackerOnHsqldb.ADMIN);
        jira.tracker.delete(story.id(), true, TrackerOnHsqldb.ADMIN);

        assertThat(keys.ids(List.of("ALPHA-1", "BETA-1"))).isEmpty();
    }
}
