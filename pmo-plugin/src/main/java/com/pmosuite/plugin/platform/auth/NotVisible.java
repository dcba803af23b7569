package com.pmosuite.plugin.platform.auth;

/**
 * The caller may not see this project, or it does not exist; both answer 404 so project keys cannot be probed.
 */
public final class NotVisible extends RuntimeException {
    public NotVisible(String what) {
        super(what + " not found");
    }
}
