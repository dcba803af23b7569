package com.pmosuite.workbench.tracker;

/** JQL the workbench cannot run: malformed, too large, naming what does not exist, or outside its subset (a 400). */
public final class JqlException extends RuntimeException {
    public JqlException(String message) {
        super(message);
    }
}
