package com.pmosuite.workbench.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.util.function.BooleanSupplier;

/**
 * Enforces Atlassian REST v2 access annotations on every resource method: the method's annotation, else its
 * class's, else {@code LicensedOnly}, as REST v2's "secure by default" does.
 */
final class RestAccessControl implements DynamicFeature {

    private final CurrentUser currentUser;
    private final BooleanSupplier anonymousAccessEnabled;

    RestAccessControl(CurrentUser currentUser, BooleanSupplier anonymousAccessEnabled) {
        this.currentUser = currentUser;
        this.anonymousAccessEnabled = anonymousAccessEnabled;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RestAccess access = RestAccess.declaredOn(resource.getResourceMethod())
                .or(() -> RestAccess.declaredOn(resource.getResourceClass()))
                .orElse(RestAccess.LICENSED_ONLY);
        context.register(new Check(access), Priorities.AUTHENTICATION);
    }

    private final class Check implements ContainerRequestFilter {
        private final RestAccess access;

        Check(RestAccess access) {
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            // The switch is read per request so a test or an admin page can flip it while the server runs.
            access.deny(currentUser.get(), anonymousAccessEnabled.getAsBoolean())
                    .ifPresent(error -> request.abortWith(error.toResponse()));
        }
    }
}
