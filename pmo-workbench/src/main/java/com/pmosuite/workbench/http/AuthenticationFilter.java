package com.pmosuite.workbench.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Finds the user of each request, from HTTP Basic credentials or else the login session, and publishes it through
 * {@link CurrentUser} for the length of the request. Bad Basic credentials end the request with a 401 challenge,
 * and too many of them with a 429 ({@link LoginThrottle}); no credentials at all leave the request anonymous for
 * the resource to accept or refuse.
 */
final class AuthenticationFilter extends HttpFilter {

    static final String SESSION_USER_KEY = "com.pmosuite.workbench.userKey";
    static final String REALM_CHALLENGE = "Basic realm=\"workbench\"";
    private static final String BAD_CREDENTIALS_JSON = "{\"status\":401,\"message\":\"Bad username or password.\"}";

    private final WorkbenchAccounts accounts;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final WebSudo webSudo;

    AuthenticationFilter(WorkbenchAccounts accounts, LoginThrottle throttle, CurrentUser currentUser,
                         WebSudo webSudo) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.webSudo = webSudo;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<WorkbenchAccount> user;
        HttpSession userSession = null;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<String[]> credentials = credentials(authorization.substring(6).strip());
            LoginThrottle.Attempt attempt = credentials.isEmpty() ? new LoginThrottle.Rejected()
                    : throttle.attempt(credentials.get()[0], request.getRemoteAddr(),
                            () -> accounts.authenticate(credentials.get()[0], credentials.get()[1]));
            switch (attempt) {
                case LoginThrottle.Refused refused -> {
                    refuse(request, response, refused);
                    return;
                }
                case LoginThrottle.Rejected rejected -> {
                    challenge(request, response);
                    return;
                }
                case LoginThrottle.Accepted accepted -> user = Optional.of(accepted.account());
            }
        } else {
            user = fromSession(request);
            userSession = user.isPresent() ? request.getSession(false) : null;
        }
        currentUser.set(user.orElse(null));
        webSudo.enterRequest(userSession);
        try {
            chain.doFilter(request, response);
        } finally {
            currentUser.set(null);
            webSudo.leaveRequest();
        }
    }

    /** Username and password from a Basic header's base64 part, if it holds "username:password". */
    private static Optional<String[]> credentials(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private Optional<WorkbenchAccount> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : accounts.byKey((String) session.getAttribute(SESSION_USER_KEY));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response,
                               LoginThrottle.Refused refused) throws IOException {
        String message = "Too many failed login attempts. Try again in " + refused.waitInWords() + ".";
        response.setStatus(LoginServlet.TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/rest/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":429,\"message\":\"" + message + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }

    private static void challenge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", REALM_CHALLENGE);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/rest/")) {
            response.setContentType("application/json");
            response.getWriter().write(BAD_CREDENTIALS_JSON);
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("Bad username or password.");
        }
    }
}
