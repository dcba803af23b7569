package com.pmosuite.compliance.standard;

import com.pmosuite.shared.FieldError;

import java.util.List;
import java.util.Objects;

/**
 * What importing a {@link StandardsDocument} would change, shown before anything is written: per standard and per set
 * whether it would be created, changed (which fields) or left as it is, and the problems that stop the import. An
 * import never deletes a standard or set the file does not mention. {@link #fingerprint} names the stored standards
 * and sets the plan was made against; {@link Standards#applyImport} refuses when they moved on.
 */
public record ImportPlan(String fingerprint, List<Item> standards, List<Item> sets, List<FieldError> problems,
                         StandardStore.Batch batch) {
    public ImportPlan {
        Objects.requireNonNull(fingerprint, "fingerprint");
        standards = List.copyOf(standards);
        sets = List.copyOf(sets);
        problems = List.copyOf(problems);
        Objects.requireNonNull(batch, "batch");
    }

    /** True when the import can be applied (it may still change nothing). */
    public boolean isApplicable() {
        return problems.isEmpty();
    }

    /** True when applying would write nothing. */
    public boolean changesNothing() {
        return batch.isEmpty();
    }

    /** What the import does to one standard or set, matched by name. */
    public enum Action { CREATE, CHANGE, UNCHANGED }

    /**
     * One standard or set of the file.
     *
     * @param id            the stored one's id; 0 for one to create
     * @param changedFields for {@link Action#CHANGE}, the fields that differ (names as in the audit history)
     */
    public record Item(String name, Action action, long id, List<String> changedFields) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(action, "action");
            changedFields = List.copyOf(changedFields);
        }
    }
}
