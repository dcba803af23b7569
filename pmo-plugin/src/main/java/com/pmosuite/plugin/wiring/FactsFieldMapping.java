package com.pmosuite.plugin.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.pmosuite.facts.FieldMapping;
import com.pmosuite.facts.mapping.FieldMappings;
import com.pmosuite.plugin.facts.admin.ao.AoFieldMappingStore;
import com.pmosuite.plugin.facts.jira.AgileFields;
import com.pmosuite.plugin.facts.jira.JiraFieldCatalog;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * THE one place the issue-facts reader gets its {@link FieldMapping} from, in Jira and in the workbench: the PMO
 * admin's saved mapping ({@link FieldMappings}, re-checked against the stored version at most once a second), and
 * until one is saved the catalog's proposal ({@link JiraFieldCatalog#proposedMapping()}).
 *
 * <p>Inside Jira, Spring builds it with {@link AgileFields#NONE}: Jira Software's services are imported optionally
 * and cannot be constructor-injected, so Epic Link is found by its field type and the Epic issue type is not given
 * a level until an admin confirms a mapping. The workbench passes its Jira Software stand-in.
 */
@Named
public final class FactsFieldMapping implements Supplier<FieldMapping> {
    private final JiraFieldCatalog catalog;
    private final FieldMappings mappings;

    @Inject
    public FactsFieldMapping(@ComponentImport CustomFieldManager customFields, PlatformServices platform) {
        this(new JiraFieldCatalog(customFields, AgileFields.NONE), platform.host().activeObjects(), platform.clock());
    }

    public FactsFieldMapping(JiraFieldCatalog catalog, ActiveObjects ao, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.mappings = new FieldMappings(new AoFieldMappingStore(ao), catalog::proposedMapping, clock);
    }

    @Override
    public FieldMapping get() {
        return mappings.current();
    }

    /** The saved mapping with its history, for the facts administration. */
    public FieldMappings mappings() {
        return mappings;
    }

    /** The custom fields offered per role, for the facts administration. */
    public JiraFieldCatalog catalog() {
        return catalog;
    }
}
