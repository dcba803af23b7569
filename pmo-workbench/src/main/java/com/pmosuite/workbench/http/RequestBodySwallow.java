package com.pmosuite.workbench.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a request body once the request has been answered, up to
 * {@value #MAX_SWALLOW_BYTES} bytes, as the Tomcat that Jira runs on does (its {@code maxSwallowSize}). Resources
 * refuse a request before reading its body (a 404 or 403 first); Jetty would then close the keep-alive connection
 * without saying so, and the client's next request on it would fail. A body beyond the limit still costs the
 * connection, so nobody can make the server read an unbounded one.
 */
final class RequestBodySwallow implements Filter {
    static final long MAX_SWALLOW_BYTES = 2L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            swallow((HttpServletRequest) request);
        }
    }

    private static void swallow(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length == 0 || length > MAX_SWALLOW_BYTES) {
            return;
        }
        try {
            InputStream body = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n = body.read(buffer); n >= 0 && read <= MAX_SWALLOW_BYTES; n = body.read(buffer)) {
                read += n;
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client went away, or the body was read as text already: nothing left to keep the connection for.
        }
    }
}
