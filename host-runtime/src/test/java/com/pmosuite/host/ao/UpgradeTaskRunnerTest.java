package com.pmosuite.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upgrade tasks run as Jira's Active Objects plugin runs them, with the model version kept in the database. */
class UpgradeTaskRunnerTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PLUGIN = "com.example.plugin";

    private final List<String> ran = new ArrayList<>();
    private AoDatabase database;
    private ActiveObjects ao;

    @BeforeEach
    void open() {
        database = AoDatabase.hsqldbMemory("upgrade" + NAMES.incrementAndGet(), PLUGIN);
        ao = database.activeObjects();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A task that writes a note, so that a rolled-back run can be told from one that never happened. */
    private ActiveObjectsUpgradeTask task(String version, boolean fails) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                ran.add(currentVersion + "->" + version);
                ao.migrate(NoteEntity.class);
                ao.create(NoteEntity.class, new DBParam("TEXT", "written by " + version));
                if (fails) {
                    throw new IllegalStateException("task " + version + " failed");
                }
            }
        };
    }

    private List<String> notes() {
        ao.migrate(NoteEntity.class);
        return Arrays.stream(ao.find(NoteEntity.class, "ID > ?", 0)).map(NoteEntity::getText).sorted().toList();
    }

    @Test
    void aDatabaseWithNoStoredVersionIsAtVersionZero() {
        assertThat(new UpgradeTaskRunner(ao, PLUGIN).storedVersion().toString()).isEqualTo("0");
    }

    @Test
    void tasksNewerThanTheStoredVersionRunInVersionOrderEachFromThePreviousVersion() {
        ModelVersion reached = new UpgradeTaskRunner(ao, PLUGIN).upgrade(List.of(task("2", false), task("1", false)));

        assertThat(ran).containsExactly("0->1", "1->2");
        assertThat(reached.toString()).isEqualTo("2");
        assertThat(new UpgradeTaskRunner(ao, PLUGIN).storedVersion().toString()).isEqualTo("2");
    }

    @Test
    void tasksAlreadyRunAreNotRunAgain() {
        new UpgradeTaskRunner(ao, PLUGIN).upgrade(List.of(task("1", false)));
        ran.clear();

        new UpgradeTaskRunner(ao, PLUGIN).upgrade(List.of(task("1", false), task("2", false)));

        assertThat(ran).containsExactly("1->2");
        assertThat(notes()).containsExactly("written by 1", "written by 2");
    }

    @Test
    void aFailedTaskLeavesNoDataAndNoVersionAndStopsTheTasksAfterIt() {
        assertThatThrownBy(() -> new UpgradeTaskRunner(ao, PLUGIN)
                .upgrade(List.of(task("1", false), task("2", true), task("3", false))))
                .hasMessage("task 2 failed");

        assertThat(ran).containsExactly("0->1", "1->2");
        assertThat(new UpgradeTaskRunner(ao, PLUGIN).storedVersion().toString()).isEqualTo("1");
        assertThat(notes()).containsExactly("written by 1");
    }

    @Test
    void aFailedTaskIsRunAgainNextTime() {
        assertThatThrownBy(() -> new UpgradeTaskRunner(ao, PLUGIN).upgrade(List.of(task("1", true))));
        ran.clear();

        new UpgradeTaskRunner(ao, PLUGIN).upgrade(List.of(task("1", false)));

        assertThat(ran).containsExactly("0->1");
        assertThat(notes()).containsExactly("written by 1");
    }

    @Test
    void eachPluginHasItsOwnVersion() {
        new UpgradeTaskRunner(ao, PLUGIN).upgrade(List.of(task("1", false)));

        assertThat(new UpgradeTaskRunner(ao, "com.example.other").storedVersion().toString()).isEqualTo("0");
    }

    @Test
    void twoTasksOfOneVersionAreRefusedBeforeAnyRuns() {
        assertThatThrownBy(() -> new UpgradeTaskRunner(ao, PLUGIN).upgrade(List.of(task("1", false),
                task("1", false)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("model version 1");
        assertThat(ran).isEmpty();
    }
}
