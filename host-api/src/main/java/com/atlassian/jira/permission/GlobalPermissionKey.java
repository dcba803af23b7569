package com.atlassian.jira.permission;

/**
 * Compile-time stand-in for Jira's global permission key, a final class with constants and an {@code of(String)}
 * factory (see https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html).
 */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        if (key == null) {
            throw new NullPointerException("key");
        }
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return key.equals(((GlobalPermissionKey) o).key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
