package com.pmosuite.workbench.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.pmosuite.host.ao.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write the workbench acknowledged survives a crash. A forked workbench takes a burst of concurrent creates and
 * updates; it is killed with SIGKILL mid-burst (with its PostgreSQL server, as when the machine dies); restarted
 * on the same data it still has every acknowledged create, with its id and content, every acknowledged update's
 * version, and it never hands out an acknowledged id again.
 */
class CrashDurabilityIT {
    private static final int WRITERS = 6;
    private static final int CREATES_BEFORE_CRASH = 120;
    private static final int UPDATES_BEFORE_CRASH = 25;

    @TempDir
    Path data;

    /** Whatever failed, no PostgreSQL server is left running on the deleted data directory. */
    @AfterEach
    void killLeftoverServer() throws IOException {
        Optional<ProcessHandle> server = EmbeddedPostgres.serverOf(data.resolve("postgres"));
        if (server.isPresent()) {
            server.get().descendants().forEach(ProcessHandle::destroyForcibly);
            server.get().destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledWorkbenchOnHsqldb() throws Exception {
        try (ForkedWorkbench restarted = crashMidBurstAndRestart("hsqldb", false)) {
            assertThat(restarted.base()).isNotNull();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledWorkbenchAndPostgresServer() throws Exception {
        try (ForkedWorkbench restarted = crashMidBurstAndRestart("postgres", true, "--db-url", "embedded-postgres")) {
            assertThat(restarted.postgresServer()).isPresent();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledWorkbenchWhosePostgresServerLivesOn() throws Exception {
        try (ForkedWorkbench restarted = crashMidBurstAndRestart("postgres left running", false,
                "--db-url", "embedded-postgres")) {
            assertThat(restarted.postgresServer()).isPresent();
        }
    }

    /** One crash and one restart; returns the restarted workbench, whose data has been checked. */
    private ForkedWorkbench crashMidBurstAndRestart(String label, boolean killDatabaseToo, String... args)
            throws Exception {
        ForkedWorkbench workbench = ForkedWorkbench.start(data, args);
        WriteBurst burst;
        try {
            burst = new WriteBurst(workbench.base(), label, CREATES_BEFORE_CRASH, UPDATES_BEFORE_CRASH);
            burst.start(WRITERS);
            assertThat(burst.awaitMidBurst(5, TimeUnit.MINUTES)).as("the burst got going").isTrue();
            workbench.kill(killDatabaseToo);
            burst.stop();
        } catch (Throwable e) {
            workbench.close();
            throw e;
        }

        ForkedWorkbench restarted = ForkedWorkbench.start(data, args);
        try {
            assertEveryAcknowledgedWriteIsThere(label, burst, restarted);
            return restarted;
        } catch (Throwable e) {
            restarted.close();
            throw e;
        }
    }

    private static void assertEveryAcknowledgedWriteIsThere(String label, WriteBurst burst,
                                                            ForkedWorkbench restarted) {
        WriteBurst reader = new WriteBurst(restarted.base(), label, 0, 0);
        Map<Long, WriteBurst.Acknowledged> acknowledged = burst.acknowledged();
        List<String> lostCreates = new ArrayList<>();
        Map<Long, JsonNode> found = new HashMap<>();
        for (WriteBurst.Acknowledged risk : acknowledged.values()) {
            JsonNode now = reader.read(risk.id());
            if (now == null || !now.path("title").asText().equals(risk.title())) {
                lostCreates.add(risk.id() + " '" + risk.title() + "' is " + (now == null ? "gone"
                        : "now '" + now.path("title").asText() + "'"));
                continue;
            }
            found.put(risk.id(), now);
        }
        List<String> lostUpdates = new ArrayList<>();
        for (WriteBurst.Acknowledged update : burst.acknowledgedUpdates()) {
            JsonNode now = found.get(update.id());
            if (now == null || now.path("version").asLong() < update.version()) {
                lostUpdates.add(update.id() + " v" + update.version() + " is "
                        + (now == null ? "gone" : "at v" + now.path("version").asLong()));
            }
        }
        List<String> changedContent = new ArrayList<>();
        for (WriteBurst.Acknowledged last : acknowledged.values()) {
            JsonNode now = found.get(last.id());
            // A later update may have committed without its answer reaching us; the acknowledged one may not vanish.
            if (now != null && now.path("version").asLong() == last.version()
                    && !now.path("description").asText().equals(last.description())) {
                changedContent.add(last.id() + " v" + last.version() + " reads '"
                        + now.path("description").asText() + "', acknowledged '" + last.description() + "'");
            }
        }
        Set<Long> acknowledgedIds = acknowledged.keySet();
        List<Long> reused = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long id = reader.createOne(label + " after the restart " + i);
            if (acknowledgedIds.contains(id)) {
                reused.add(id);
            }
        }
        int updates = burst.acknowledgedUpdates().size();
        System.out.printf("Crash on %s: acknowledged %d creates, found %d; acknowledged %d updates, found %d;"
                        + " %d acknowledged ids reused; restart took %d ms%n", label, acknowledged.size(),
                found.size(), updates, updates - lostUpdates.size(), reused.size(), restarted.startMillis());

        assertThat(lostCreates).as("acknowledged creates lost in the crash").isEmpty();
        assertThat(lostUpdates).as("acknowledged updates lost in the crash").isEmpty();
        assertThat(changedContent).as("acknowledged content that reads differently").isEmpty();
        assertThat(reused).as("acknowledged ids handed out again after the restart").isEmpty();
    }
}
