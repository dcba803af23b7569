package com.pmosuite.workbench.http;

import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.time.Duration;

/**
 * Jira's secure administrator sessions (websudo): resources marked {@code @WebSudoRequired} answer 401 until the
 * user has confirmed their password in this login session ({@link WebSudoServlet}), and then for ten minutes,
 * Jira's default. A request authenticated by a Basic header has no such session, so it is refused too: the
 * workbench fails closed where Jira's behaviour depends on its settings.
 */
final class WebSudo {
    /** Jira's address of the password confirmation page. */
    static final String PATH = "/secure/admin/WebSudoAuthenticate.jspa";
    static final Duration LENGTH = Duration.ofMinutes(10);
    static final String REQUIRED_MESSAGE = "This resource needs a secure administrator session: confirm your"
            + " password at " + PATH + " and try again.";

    private static final String UNTIL = "com.pmosuite.workbench.webSudoUntil";

    private final Clock clock;
    private final ThreadLocal<Boolean> active = new ThreadLocal<>();

    WebSudo(Clock clock) {
        this.clock = clock;
    }

    /** Whether the request being handled on this thread comes from a session in websudo. */
    boolean active() {
        return Boolean.TRUE.equals(active.get());
    }

    /** Publishes, for one request, whether its session (if it is how the user was found) is in websudo. */
    void enterRequest(HttpSession userSession) {
        Object until = userSession == null ? null : userSession.getAttribute(UNTIL);
        if (until instanceof Long millis && millis > clock.millis()) {
            active.set(true);
        } else {
            active.remove();
        }
    }

    void leaveRequest() {
        active.remove();
    }

    /** Starts (or renews) websudo for a session whose user has just confirmed their password. */
    void start(HttpSession session) {
        session.setAttribute(UNTIL, clock.millis() + LENGTH.toMillis());
    }
}
