package com.pmosuite.workbench.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Rejects cross-site request forgery on mutating REST calls the way Atlassian REST's XSRF filter does.
 *
 * <p>A POST, PUT, DELETE or PATCH passes with {@code X-Atlassian-Token: no-check}: browsers cannot add a custom
 * header cross-site without a CORS preflight, which the workbench never grants. Without the header it fails when
 * its content type is one an HTML form can send (form-encoded, multipart, text/plain, or none), or when its
 * {@code Origin} (else {@code Referer}) names another origin. A method or class annotated with
 * {@code com.atlassian.annotations.security.XsrfProtectionExcluded} is not checked.
 *
 * <p>This is a Jersey filter rather than a servlet filter on {@code /rest/*} because only Jersey knows which
 * resource method, and so which opt-out annotation, a request reaches.
 */
public final class XsrfProtection implements DynamicFeature {

    static final String TOKEN_HEADER = "X-Atlassian-Token";
    static final String EXCLUDED_ANNOTATION = "com.atlassian.annotations.security.XsrfProtectionExcluded";
    static final String FAILED = "XSRF check failed";

    private static final Set<String> MUTATIVE = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (!excluded(resource.getResourceMethod()) && !excluded(resource.getResourceClass())) {
            // After authentication, so an anonymous caller learns "log in" (401) before "bad request" (403).
            context.register(new Check(), Priorities.AUTHORIZATION);
        }
    }

    private static boolean excluded(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(type -> type.getName().equals(EXCLUDED_ANNOTATION));
    }

    /**
     * Whether a request must be rejected; separate from Jersey so the rule can be read and tested on its own, and
     * applied by the workbench's own JSON servlets (the dashboard's preferences) as Jira applies it to its REST.
     */
    public static boolean rejects(String method, String token, MediaType contentType, String origin, String referer,
                           URI requestUri) {
        if (!MUTATIVE.contains(method.toUpperCase(Locale.ROOT)) || hasNoCheckToken(token)) {
            return false;
        }
        return isFormType(contentType) || isCrossOrigin(origin, referer, requestUri);
    }

    private static boolean hasNoCheckToken(String token) {
        if (token == null) {
            return false;
        }
        String value = token.strip().toLowerCase(Locale.ROOT);
        // "nocheck" is the older spelling that Atlassian still accepts.
        return value.equals("no-check") || value.equals("nocheck");
    }

    private static boolean isFormType(MediaType contentType) {
        return contentType == null
                || FORM_TYPES.contains((contentType.getType() + "/" + contentType.getSubtype()).toLowerCase(Locale.ROOT));
    }

    private static boolean isCrossOrigin(String origin, String referer, URI requestUri) {
        String claimed = origin != null ? origin : referer;
        if (claimed == null) {
            // Non-browser clients send neither; every current browser sends Origin on a cross-site POST.
            return false;
        }
        // "Origin: null" (sandboxed frames, privacy-stripped requests) and malformed values have no scheme and
        // host, so they count as another origin.
        try {
            return !sameOrigin(URI.create(claimed.strip()), requestUri);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static final class Check implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (rejects(request.getMethod(), request.getHeaderString(TOKEN_HEADER), request.getMediaType(),
                    request.getHeaderString("Origin"), request.getHeaderString("Referer"),
                    request.getUriInfo().getRequestUri())) {
                request.abortWith(new RestError(403, FAILED).toResponse());
            }
        }
    }
}
