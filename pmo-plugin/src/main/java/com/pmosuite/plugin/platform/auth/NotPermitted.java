package com.pmosuite.plugin.platform.auth;

/** The caller can see the project but may not make this change (403). */
public final class NotPermitted extends RuntimeException {
    public NotPermitted(String message) {
        super(message);
    }
}
