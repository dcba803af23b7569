package com.pmosuite.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a plugin's Active Objects upgrade tasks the way Jira's AO plugin does before it migrates the plugin's
 * entities: it reads the model version stored for the plugin (none stored, as for a database the first release
 * created, is version 0), then runs, in model-version order, each task newer than that, each in one transaction
 * together with storing its version, so a task that fails is run again next time and later tasks wait for it.
 * Two tasks of one version are refused. (Jira also holds a cluster lock meanwhile; the workbench is one node.)
 */
public final class UpgradeTaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeTaskRunner.class);

    private final ActiveObjects ao;
    private final String pluginKey;

    public UpgradeTaskRunner(ActiveObjects ao, String pluginKey) {
        this.ao = ao;
        this.pluginKey = pluginKey;
    }

    /** The model version stored for the plugin; version 0 when none is. */
    public ModelVersion storedVersion() {
        ao.migrate(ModelVersionEntity.class);
        ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class, "PLUGIN_KEY = ?", pluginKey);
        return ModelVersion.valueOf(rows.length == 0 ? null : rows[0].getModelVersion());
    }

    /** Runs the tasks newer than the stored version, in order; returns the version the data is at afterwards. */
    public ModelVersion upgrade(List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getModelVersion().isSame(sorted.get(i - 1).getModelVersion())) {
                throw new IllegalStateException("More than one upgrade task has model version "
                        + sorted.get(i).getModelVersion());
            }
        }
        ModelVersion current = storedVersion();
        for (ActiveObjectsUpgradeTask task : sorted) {
            if (current.isOlderThan(task.getModelVersion())) {
                ModelVersion from = current;
                LOG.info("Upgrading the data of {} from model version {} with {}", pluginKey, from,
                        task.getClass().getName());
                current = ao.executeInTransaction(() -> {
                    task.upgrade(from, ao);
                    store(task.getModelVersion());
                    return task.getModelVersion();
                });
            }
        }
        return current;
    }

    private void store(ModelVersion version) {
        ModelVersionEntity[] rows = ao.find(ModelVersionEntity.class, "PLUGIN_KEY = ?", pluginKey);
        if (rows.length == 0) {
            ao.create(ModelVersionEntity.class, new DBParam("PLUGIN_KEY", pluginKey),
                    new DBParam("MODEL_VERSION", version.toString()));
        } else {
            rows[0].setModelVersion(version.toString());
            rows[0].save();
        }
    }
}
