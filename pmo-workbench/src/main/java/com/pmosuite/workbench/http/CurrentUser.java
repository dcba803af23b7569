package com.pmosuite.workbench.http;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The user of the request being handled on this thread: set by the workbench's authentication filter for the
 * length of one request and cleared afterwards, so host stand-ins (user manager, auth context) can read it.
 */
public final class CurrentUser {

    private final ThreadLocal<WorkbenchAccount> user = new ThreadLocal<>();

    /** The logged-in user, or empty for an anonymous request or outside a request. */
    public Optional<WorkbenchAccount> get() {
        return Optional.ofNullable(user.get());
    }

    /** Runs work as the given user (or anonymously for {@code null}) on this thread, e.g. a job or a test. */
    public <T> T callAs(WorkbenchAccount account, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        WorkbenchAccount previous = user.get();
        set(account);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    void set(WorkbenchAccount account) {
        if (account == null) {
            // remove() rather than set(null): Jetty reuses threads, and an emptied slot must not linger.
            user.remove();
        } else {
            user.set(account);
        }
    }
}
