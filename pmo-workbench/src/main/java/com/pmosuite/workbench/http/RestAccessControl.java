package com.pmosuite.workbench.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Enforces Atlassian REST v2 access annotations on every resource method: the method's annotation, else its
 * class's, else {@code LicensedOnly}, as REST v2's "secure by default" does; then SAL's {@code @WebSudoRequired} (on
 * the method, class or package), which admits only requests from a session in websudo ({@link WebSudo}).
 */
final class RestAccessControl implements DynamicFeature {

    /** SAL's marker for resources that need a secure administrator session, matched by name like the others. */
    static final String WEB_SUDO_REQUIRED = "com.atlassian.sal.api.websudo.WebSudoRequired";

    private final CurrentUser currentUser;
    private final BooleanSupplier anonymousAccessEnabled;
    private final WebSudo webSudo;

    RestAccessControl(CurrentUser currentUser, BooleanSupplier anonymousAccessEnabled, WebSudo webSudo) {
        this.currentUser = currentUser;
        this.anonymousAccessEnabled = anonymousAccessEnabled;
        this.webSudo = webSudo;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RestAccess access = RestAccess.declaredOn(resource.getResourceMethod())
                .or(() -> RestAccess.declaredOn(resource.getResourceClass()))
                .orElse(RestAccess.LICENSED_ONLY);
        boolean webSudoRequired = marked(resource.getResourceMethod()) || marked(resource.getResourceClass())
                || marked(resource.getResourceClass().getPackage());
        context.register(new Check(access, webSudoRequired), Priorities.AUTHENTICATION);
    }

    // SAL's annotation is @Inherited and may sit on the method, the class or the package, as in Jira.
    private static boolean marked(AnnotatedElement element) {
        return element != null && Arrays.stream(element.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(WEB_SUDO_REQUIRED));
    }

    private final class Check implements ContainerRequestFilter {
        private final RestAccess access;
        private final boolean webSudoRequired;

        Check(RestAccess access, boolean webSudoRequired) {
            this.access = access;
            this.webSudoRequired = webSudoRequired;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            // The switch is read per request so a test or an admin page can flip it while the server runs.
            Optional<RestError> denied = access.deny(currentUser.get(), anonymousAccessEnabled.getAsBoolean());
            if (denied.isEmpty() && webSudoRequired && !webSudo.active()) {
                // Only those the annotation admits learn that a password confirmation would let them in.
                denied = Optional.of(new RestError(401, WebSudo.REQUIRED_MESSAGE));
            }
            denied.ifPresent(error -> request.abortWith(error.toResponse()));
        }
    }
}
