package com.atlassian.jira.security.plugin;

/**
 * Compile-time stand-in for Jira's project permission key value class (see
 * https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/security/plugin/ProjectPermissionOverride.html,
 * which uses it, and docs/host-api.md).
 */
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        if (permissionKey == null) {
            throw new NullPointerException("permissionKey");
        }
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return permissionKey.equals(((ProjectPermissionKey) o).permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }
}
