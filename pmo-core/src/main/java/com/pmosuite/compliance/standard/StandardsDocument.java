package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.StandardDraft;

import java.util.List;
import java.util.Objects;

/**
 * The interchange form of a PMO's standards, for version control and for moving them between Jira instances: each
 * set with its standards written out in full, and its scope by portable names (portfolio names, project category
 * names, project keys) rather than by this instance's ids. Standards in no set are listed on their own. A standard in
 * several sets appears in each, identically; standards and sets are matched by name (ignoring case) on import.
 *
 * @param standards standards that are in no set
 */
public record StandardsDocument(List<SetEntry> sets, List<StandardDraft> standards) {
    /** The version of this document's shape, written into the file. */
    public static final int FORMAT_VERSION = 1;
    /** Most standard entries (in sets and on their own together) one document holds. */
    public static final int MAX_STANDARDS = 500;
    /** Most sets one document holds. */
    public static final int MAX_SETS = 100;

    public StandardsDocument {
        sets = List.copyOf(sets);
        standards = List.copyOf(standards);
    }

    /** How many standard entries the document holds, counting each appearance. */
    public int standardEntries() {
        return standards.size() + sets.stream().mapToInt(s -> s.standards().size()).sum();
    }

    /** A set as written in the document. */
    public record SetEntry(String name, String description, ScopeNames scope, List<StandardDraft> standards) {
        public SetEntry {
            Objects.requireNonNull(scope, "scope");
            standards = List.copyOf(standards);
        }
    }

    /** A set's scope by names: portfolio names, project category names, project keys. */
    public record ScopeNames(List<String> portfolios, List<String> categories, List<String> projects) {
        public static final ScopeNames NONE = new ScopeNames(List.of(), List.of(), List.of());

        public ScopeNames {
            portfolios = List.copyOf(portfolios);
            categories = List.copyOf(categories);
            projects = List.copyOf(projects);
        }
    }
}
