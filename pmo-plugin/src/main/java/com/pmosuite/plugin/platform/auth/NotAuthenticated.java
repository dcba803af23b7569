package com.pmosuite.plugin.platform.auth;

/** The change needs a logged-in user and there is none (401). */
public final class NotAuthenticated extends RuntimeException {
    public NotAuthenticated() {
        super("Log in to make changes");
    }
}
