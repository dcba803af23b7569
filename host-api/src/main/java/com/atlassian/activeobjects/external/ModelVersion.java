package com.atlassian.activeobjects.external;

/**
 * Stand-in for the Active Objects plugin's model version: a whole number, 0 when a plugin has none stored yet. It
 * behaves as the published class does, because host-runtime runs upgrade tasks with it (see
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html).
 * Like the real class it does not override {@code equals}: compare with {@link #isSame}.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return Integer.compare(version, mv.version);
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    /** {@code null} (nothing stored) is version 0. */
    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }
}
