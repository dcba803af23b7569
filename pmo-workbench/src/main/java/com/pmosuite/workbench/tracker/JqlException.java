package com.pmosuite.workbench.tracker;

import java.util.Optional;

/** JQL the workbench cannot run: malformed, too large, naming what does not exist, or outside its subset (a 400). */
public final class JqlException extends RuntimeException {
    private final transient Unrunnable unrunnable;

    public JqlException(String message) {
        this(message, null);
    }

    JqlException(String message, Unrunnable unrunnable) {
        super(message);
        this.unrunnable = unrunnable;
    }

    /** What of JQL the workbench's subset leaves out, when that and not a mistake is why the query is refused. */
    public Optional<Unrunnable> unrunnable() {
        return Optional.ofNullable(unrunnable);
    }

    /**
     * A part of JQL the workbench does not run.
     *
     * @param what     named as a PMO admin reads it: "the field 'sprint'", "the function 'membersOf()'", "NOT"
     * @param inJira   whether Jira itself runs it (JQL's own grammar, system fields and functions), so the message
     *                 can say so; a name the workbench does not know may be a custom field or an app's function
     * @param position the character it starts at (from 1), or 0 when not known
     */
    public record Unrunnable(String what, boolean inJira, int position) {
        /** For example "The workbench cannot run the function 'membersOf()' (character 12); Jira can." */
        public String message() {
            String where = position > 0 ? " (character " + position + ")" : "";
            return "The workbench cannot run " + what + where + (inJira ? "; Jira can." : ".");
        }
    }
}
