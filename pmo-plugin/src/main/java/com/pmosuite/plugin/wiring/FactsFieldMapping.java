package com.pmosuite.plugin.wiring;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.plugin.facts.jira.AgileFields;
import com.pmosuite.plugin.facts.jira.JiraFieldCatalog;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * THE one place the issue-facts reader gets its {@link FieldMapping} from, in Jira and in the workbench. For now it
 * is the catalog's proposal ({@link JiraFieldCatalog#proposedMapping()}), worked out again at most once a minute
 * because the reader asks on every issue it reads; a PMO admin's persisted mapping replaces it here.
 *
 * <p>Inside Jira, Spring builds it with {@link AgileFields#NONE}: Jira Software's services are imported optionally
 * and cannot be constructor-injected, so Epic Link is found by its field type and the Epic issue type is not given
 * a level until an admin confirms a mapping. The workbench passes its Jira Software stand-in.
 */
@Named
public final class FactsFieldMapping implements Supplier<FieldMapping> {
    static final Duration REFRESH = Duration.ofMinutes(1);

    private final JiraFieldCatalog catalog;
    private final Clock clock;
    private volatile Cached cached;

    @Inject
    public FactsFieldMapping(@ComponentImport CustomFieldManager customFields, PlatformServices platform) {
        this(new JiraFieldCatalog(customFields, AgileFields.NONE), platform.clock());
    }

    public FactsFieldMapping(JiraFieldCatalog catalog, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public FieldMapping get() {
        Instant now = clock.instant();
        Cached current = cached;
        if (current == null || !now.isBefore(current.until())) {
            current = new Cached(catalog.proposedMapping(), now.plus(REFRESH));
            cached = current;
        }
        return current.mapping();
    }

    private record Cached(FieldMapping mapping, Instant until) {
    }
}
