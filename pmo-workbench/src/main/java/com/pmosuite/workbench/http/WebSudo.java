package com.pmosuite.workbench.http;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Jira's secure administrator sessions (websudo): resources marked {@code @WebSudoRequired} answer 401 until the
 * user has confirmed their password in this login session ({@link WebSudoServlet}), and then for ten minutes,
 * Jira's default. A request authenticated by a Basic header has no such session, so it is refused too: the
 * workbench fails closed where Jira's behaviour depends on its settings. Plugin servlets see it as SAL's
 * {@link WebSudoManager}, as in Jira.
 */
public final class WebSudo implements WebSudoManager {
    /** Jira's address of the password confirmation page. */
    static final String PATH = "/secure/admin/WebSudoAuthenticate.jspa";
    static final Duration LENGTH = Duration.ofMinutes(10);
    public static final String REQUIRED_MESSAGE = "This resource needs a secure administrator session: confirm your"
            + " password at " + PATH + " and try again.";

    private static final String UNTIL = "com.pmosuite.workbench.webSudoUntil";

    private final Clock clock;
    private final ThreadLocal<Boolean> active = new ThreadLocal<>();

    public WebSudo(Clock clock) {
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

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        return active();
    }

    /** Sends the user to confirm their password, and back to this page afterwards, as Jira does. */
    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        String destination = request.getRequestURI() + (query == null ? "" : "?" + query);
        try {
            response.sendRedirect(PATH + "?webSudoDestination=" + URLEncoder.encode(destination,
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!active()) {
            throw new WebSudoSessionException();
        }
    }
}
