package com.pmosuite.plugin.facts.admin.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.pmosuite.facts.FactsReconcileJob;
import com.pmosuite.facts.IssueFacts;
import com.pmosuite.facts.RebuildProgress;
import com.pmosuite.facts.mapping.FieldMappings;
import com.pmosuite.plugin.facts.admin.ao.AoFactCount;
import com.pmosuite.plugin.facts.admin.ao.AoFieldMappingStore;
import com.pmosuite.plugin.facts.jira.JiraFieldCatalog;
import com.pmosuite.plugin.facts.wiring.FactsModule;
import com.pmosuite.plugin.wiring.FactsFieldMapping;
import com.pmosuite.plugin.wiring.PlatformServices;
import com.pmosuite.plugin.wiring.SchedulingLifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What a PMO admin sets and starts for the issue facts: the field mapping (stored, and what Jira offers for it) and
 * the full rebuild with its progress. {@link #fieldMappings()}{@code ::current} is the Jira reader's
 * {@code Supplier<FieldMapping>}.
 */
@Named
public final class FactsAdminModule {
    private final FieldMappings fieldMappings;
    private final JiraFieldCatalog catalog;
    private final CustomFieldManager customFields;
    private final IssueFacts facts;
    private final LongSupplier factCount;
    private final Consumer<String> runSoon;

    /**
     * @param catalog      Jira's custom fields as candidates per role; its proposal is the mapping until one is saved
     * @param runSoon      starts a scheduled job once, soon, in the background on one node ({@code PmoJobs::runSoon})
     */
    /** As Spring builds it inside Jira: the reader's own mapping, the facts service, and the scheduler's "run now". */
    @Inject
    public FactsAdminModule(FactsFieldMapping mapping, @ComponentImport CustomFieldManager customFields,
                            FactsModule facts, PlatformServices platform, SchedulingLifecycle scheduling) {
        this(mapping.mappings(), mapping.catalog(), customFields, facts.facts(),
                new AoFactCount(platform.host().activeObjects()), scheduling::runSoon);
    }

    public FactsAdminModule(ActiveObjects ao, Clock clock, JiraFieldCatalog catalog, CustomFieldManager customFields,
                            IssueFacts facts, Consumer<String> runSoon) {
        this(new FieldMappings(new AoFieldMappingStore(ao), catalog::proposedMapping, clock), catalog, customFields,
                facts, new AoFactCount(ao), runSoon);
    }

    public FactsAdminModule(FieldMappings fieldMappings, JiraFieldCatalog catalog, CustomFieldManager customFields,
                            IssueFacts facts, LongSupplier factCount, Consumer<String> runSoon) {
        this.fieldMappings = Objects.requireNonNull(fieldMappings, "fieldMappings");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.factCount = Objects.requireNonNull(factCount, "factCount");
        this.runSoon = Objects.requireNonNull(runSoon, "runSoon");
    }

    /** The mapping the reader uses ({@code fieldMappings()::current}), saved by PMO admins. */
    public FieldMappings fieldMappings() {
        return fieldMappings;
    }

    public JiraFieldCatalog catalog() {
        return catalog;
    }

    public CustomFieldManager customFields() {
        return customFields;
    }

    /** The latest walk's progress. */
    public java.util.Optional<RebuildProgress> progress() {
        return facts.progress();
    }

    /** Live facts in the table now. */
    public long factCount() {
        return factCount.getAsLong();
    }

    /**
     * Runs the reconcile job now, in the background: it continues an unfinished walk (a rebuild cut off by a
     * restart) from its checkpoint, or starts a reconcile. If a walk is running, that run ends at once as aborted.
     */
    public java.util.Optional<RebuildProgress> continueWalk() {
        runSoon.accept(FactsReconcileJob.JOB_ID);
        return facts.progress();
    }

    /**
     * Asks for a full rebuild and starts the reconcile job now, in the background: it carries the request out.
     *
     * @throws com.pmosuite.shared.LockBusy when a walk is running
     */
    public RebuildProgress startRebuild() {
        RebuildProgress requested = facts.requestRebuild();
        runSoon.accept(FactsReconcileJob.JOB_ID);
        return requested;
    }
}
