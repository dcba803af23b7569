package com.atlassian.activeobjects.external;

/**
 * Compile-time stand-in for the Active Objects plugin's upgrade task contract, named by {@code <upgradeTask>} in an
 * {@code <ao>} module (see
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html).
 */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
