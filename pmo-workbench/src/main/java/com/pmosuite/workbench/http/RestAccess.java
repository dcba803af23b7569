package com.pmosuite.workbench.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The access levels of Atlassian REST v2's security annotations, which are matched by type name so the workbench
 * needs no Atlassian jar. Declared from least to most restrictive.
 */
enum RestAccess {
    /** Anyone, including anonymous users whatever the site setting. */
    UNRESTRICTED("UnrestrictedAccess"),
    /** Anonymous users only when the site allows anonymous access; otherwise a logged-in user. */
    ANONYMOUS_SITE("AnonymousSiteAccess"),
    /** Any logged-in user, licensed or not (every workbench user is licensed). */
    UNLICENSED_SITE("UnlicensedSiteAccess"),
    /** A logged-in, licensed user: REST v2's secure default when a resource declares nothing. */
    LICENSED_ONLY("LicensedOnly"),
    /** A member of jira-administrators or jira-system-administrators. */
    ADMIN_ONLY("AdminOnly"),
    /** A member of jira-system-administrators. */
    SYSTEM_ADMIN_ONLY("SystemAdminOnly");

    static final String ANNOTATION_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation.";
    static final String ADMINISTRATORS = "jira-administrators";
    static final String SYSTEM_ADMINISTRATORS = "jira-system-administrators";

    private final String annotationName;

    RestAccess(String simpleName) {
        this.annotationName = ANNOTATION_PACKAGE + simpleName;
    }

    /** The level an element declares; if it carries several, the most restrictive wins so a mistake fails closed. */
    static Optional<RestAccess> declaredOn(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(Annotation::annotationType)
                .map(Class::getName)
                .flatMap(name -> Arrays.stream(values()).filter(level -> level.annotationName.equals(name)))
                .max(Comparator.naturalOrder());
    }

    /** Why the request may not proceed, or empty when it may. */
    Optional<RestError> deny(Optional<WorkbenchAccount> user, boolean anonymousAccessEnabled) {
        if (this == UNRESTRICTED || (this == ANONYMOUS_SITE && anonymousAccessEnabled)) {
            return Optional.empty();
        }
        if (user.isEmpty()) {
            return Optional.of(new RestError(401, RestError.UNAUTHENTICATED));
        }
        Set<String> required = switch (this) {
            case ADMIN_ONLY -> Set.of(ADMINISTRATORS, SYSTEM_ADMINISTRATORS);
            case SYSTEM_ADMIN_ONLY -> Set.of(SYSTEM_ADMINISTRATORS);
            default -> Set.of();
        };
        if (!required.isEmpty() && required.stream().noneMatch(user.get()::inGroup)) {
            return Optional.of(new RestError(403, "You do not have permission to access this resource."));
        }
        return Optional.empty();
    }
}
