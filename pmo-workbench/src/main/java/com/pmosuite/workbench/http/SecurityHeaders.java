package com.pmosuite.workbench.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers Jira adds to every response (Jira KB "Security headers in Jira": {@code X-Frame-Options}
 * and {@code Content-Security-Policy: frame-ancestors 'self'} against clickjacking, {@code X-Content-Type-Options:
 * nosniff}), plus a {@code Referrer-Policy} that never sends our paths (project keys, filters) to other sites. Set
 * around the whole server, before any servlet runs, so error pages, redirects, 401 challenges and static files
 * carry them too.
 */
final class SecurityHeaders extends Handler.Wrapper {

    static final String FRAME_OPTIONS = "SAMEORIGIN";
    static final String CONTENT_TYPE_OPTIONS = "nosniff";
    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'self'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /** Also called by {@link WorkbenchErrorHandler}: Jetty resets the headers before some error responses. */
    static void addTo(HttpFields.Mutable headers) {
        headers.put("X-Frame-Options", FRAME_OPTIONS);
        headers.put("X-Content-Type-Options", CONTENT_TYPE_OPTIONS);
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", REFERRER_POLICY);
    }
}
