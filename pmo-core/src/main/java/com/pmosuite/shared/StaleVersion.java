package com.pmosuite.shared;

/**
 * An update was based on a version that is no longer current: someone else saved in between.
 * Carries the current state so the caller can show it and let the user merge; nothing is overwritten.
 */
public final class StaleVersion extends RuntimeException {
    private final transient Object current;

    public StaleVersion(String what, int expectedVersion, Object current) {
        super(what + " was changed by someone else (you edited version " + expectedVersion + ")");
        this.current = current;
    }

    /** The current state, or {@code null} when the thing was deleted meanwhile. */
    public Object current() {
        return current;
    }
}
