package com.pmosuite.risk;

import com.pmosuite.shared.Names;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A three-way merge of a risk's fields after a save came too late: {@code base} is the version the editor opened,
 * {@code mine} what they submitted, {@code theirs} what is stored now. A field only one side changed takes that side's
 * value; a field both changed to the same value is no conflict; a field both changed to different values is a
 * conflict, which the merge leaves at their value for the editor to decide. Linked issues merge as sets: each side's
 * additions and removals are both applied, so they never conflict. Fields that must agree with each other (residual
 * probability and impact, kind and strategy, status and strategy, last and next review) are never combined into a
 * risk neither side could save: where taking some from each side would break such a rule, the fields of that rule that
 * differ between the sides become conflicts too.
 */
public final class RiskMerge {
    private record Field(String name, Function<RiskFields, Object> value, Function<String, Object> parse) {
    }

    private record Rule(List<String> fields, Predicate<RiskFields> holds) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("title", RiskFields::title, text -> text),
            new Field("description", RiskFields::description, text -> text),
            new Field("category", RiskFields::category, text -> text),
            new Field("cause", RiskFields::cause, text -> text),
            new Field("effect", RiskFields::effect, text -> text),
            new Field("kind", RiskFields::kind, text -> Names.parse(RiskKind.class, text)),
            new Field("probability", RiskFields::probability, Integer::valueOf),
            new Field("impact", RiskFields::impact, Integer::valueOf),
            new Field("ownerKey", RiskFields::ownerKey, text -> text),
            new Field("status", RiskFields::status, text -> Names.parse(RiskStatus.class, text)),
            new Field("strategy", RiskFields::strategy, text -> Names.parse(ResponseStrategy.class, text)),
            new Field("responsePlan", RiskFields::responsePlan, text -> text),
            new Field("contingencyPlan", RiskFields::contingencyPlan, text -> text),
            new Field("trigger", RiskFields::trigger, text -> text),
            new Field("proximityDate", RiskFields::proximityDate, LocalDate::parse),
            new Field("lastReviewDate", RiskFields::lastReviewDate, LocalDate::parse),
            new Field("nextReviewDate", RiskFields::nextReviewDate, LocalDate::parse),
            new Field("residualProbability", RiskFields::residualProbability, Integer::valueOf),
            new Field("residualImpact", RiskFields::residualImpact, Integer::valueOf),
            new Field("costImpact", RiskFields::costImpact, BigDecimal::new),
            new Field(RiskChanges.LINKED_ISSUE_KEYS, RiskFields::linkedIssueKeys, RiskChanges::issueKeys));

    /** The rules {@link RiskDraft#validate} checks across fields, which a field-by-field merge could break. */
    private static final List<Rule> RULES = List.of(
            new Rule(List.of("residualProbability", "residualImpact"),
                    f -> (f.residualProbability() == null) == (f.residualImpact() == null)),
            new Rule(List.of("kind", "strategy"), f -> f.strategy() == null || f.strategy().appliesTo(f.kind())),
            new Rule(List.of("status", "strategy"), f -> f.status() != RiskStatus.RESPONDING || f.strategy() != null),
            new Rule(List.of("lastReviewDate", "nextReviewDate"), f -> f.lastReviewDate() == null
                    || f.nextReviewDate() == null || !f.nextReviewDate().isBefore(f.lastReviewDate())));

    private final RiskFields merged;
    private final List<String> conflicts;

    private RiskMerge(RiskFields merged, List<String> conflicts) {
        this.merged = merged;
        this.conflicts = List.copyOf(conflicts);
    }

    /** Merges my changes since {@code base} onto {@code theirs}. */
    public static RiskMerge of(RiskFields base, RiskFields mine, RiskFields theirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> conflicts = new LinkedHashSet<>();
        for (Field field : FIELDS) {
            Object was = field.value().apply(base);
            Object my = field.value().apply(mine);
            Object their = field.value().apply(theirs);
            boolean iChanged = !same(was, my);
            boolean theyChanged = !same(was, their);
            if (field.name().equals(RiskChanges.LINKED_ISSUE_KEYS) && iChanged && theyChanged) {
                values.put(field.name(), mergedKeys(keys(was), keys(my), keys(their)));
            } else if (iChanged && !theyChanged) {
                values.put(field.name(), my);
            } else {
                values.put(field.name(), their);
                if (iChanged && !same(my, their)) {
                    conflicts.add(field.name());
                }
            }
        }
        keepRules(values, conflicts, mine, theirs);
        return new RiskMerge(fieldsOf(values), ordered(conflicts));
    }

    /**
     * The merge when the version the editor opened is no longer known: nobody can tell who changed what, so every
     * field where mine and theirs differ is a conflict, and the merge keeps theirs.
     */
    public static RiskMerge withoutBase(RiskFields mine, RiskFields theirs) {
        List<String> conflicts = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!same(field.value().apply(mine), field.value().apply(theirs))) {
                conflicts.add(field.name());
            }
        }
        return new RiskMerge(theirs, conflicts);
    }

    /**
     * The fields as they were at {@code version}, found by undoing, newest first, each change the history records
     * after it; empty when the history cannot say (a version before creation or after {@code currentVersion}, or a
     * recorded value that no longer reads). Works on the history as the reader sees it (see
     * {@link VisibleLinks#shownHistory}) as well, together with the fields as they see them.
     */
    public static Optional<RiskFields> fieldsAt(RiskFields current, int currentVersion,
                                                List<RiskHistoryEntry> history, int version) {
        if (version < 1 || version > currentVersion) {
            return Optional.empty();
        }
        Map<String, Object> values = valuesOf(current);
        List<RiskHistoryEntry> newestFirst = history.stream()
                .filter(entry -> entry.version() > version && entry.version() <= currentVersion)
                .sorted(Comparator.comparingInt(RiskHistoryEntry::version).reversed())
                .toList();
        for (RiskHistoryEntry entry : newestFirst) {
            Optional<Field> field = FIELDS.stream().filter(f -> f.name().equals(entry.field())).findFirst();
            if (field.isEmpty()) {
                // "created" or "deleted" after the version asked for: that version never was a stored risk.
                return Optional.empty();
            }
            try {
                String old = entry.oldValue();
                values.put(entry.field(), old == null || old.isEmpty() ? emptyOf(entry.field())
                        : field.get().parse().apply(old));
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(fieldsOf(values));
        } catch (RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    /** The merged fields; each conflicting field holds their (the stored) value until the editor chooses. */
    public RiskFields merged() {
        return merged;
    }

    /** The fields both sides changed to different values, in the order of the form, by their REST names. */
    public List<String> conflicts() {
        return conflicts;
    }

    /** Whether the merge needs no decision: the merged fields can be saved as they are. */
    public boolean isClean() {
        return conflicts.isEmpty();
    }

    /** The names of the merged fields, in the order of the form and the REST body. */
    public static List<String> fieldNames() {
        return FIELDS.stream().map(Field::name).toList();
    }

    private static void keepRules(Map<String, Object> values, Set<String> conflicts, RiskFields mine,
                                  RiskFields theirs) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Rule rule : RULES) {
                if (rule.fields().stream().anyMatch(conflicts::contains) || rule.holds().test(fieldsOf(values))) {
                    continue;
                }
                // The rule held on both sides, so some of its fields differ between them; those are asked about.
                for (String name : rule.fields()) {
                    Field field = field(name);
                    if (!same(field.value().apply(mine), field.value().apply(theirs))) {
                        values.put(name, field.value().apply(theirs));
                        conflicts.add(name);
                        changed = true;
                    }
                }
            }
        }
    }

    private static List<String> ordered(Set<String> conflicts) {
        return FIELDS.stream().map(Field::name).filter(conflicts::contains).toList();
    }

    private static Field field(String name) {
        return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** Their keys, less those I removed, plus those I added, each once. */
    private static List<String> mergedKeys(List<String> base, List<String> mine, List<String> theirs) {
        Set<String> keys = new LinkedHashSet<>(theirs);
        base.stream().filter(key -> !mine.contains(key)).forEach(keys::remove);
        mine.stream().filter(key -> !base.contains(key)).forEach(keys::add);
        return List.copyOf(keys);
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    /**
     * Equal for a merge: money by amount (125000 and 125000.00), issue keys as sets (their order means nothing),
     * blank text as none.
     */
    private static boolean same(Object a, Object b) {
        Object left = blankAsNull(a);
        Object right = blankAsNull(b);
        if (left instanceof BigDecimal x && right instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (left instanceof List<?> x && right instanceof List<?> y) {
            return new LinkedHashSet<>(x).equals(new LinkedHashSet<>(y));
        }
        return Objects.equals(left, right);
    }

    private static Object blankAsNull(Object value) {
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return null;
        }
        return value;
    }

    private static Object emptyOf(String field) {
        return field.equals(RiskChanges.LINKED_ISSUE_KEYS) ? List.of() : null;
    }

    private static Map<String, Object> valuesOf(RiskFields fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            values.put(field.name(), field.value().apply(fields));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static RiskFields fieldsOf(Map<String, Object> v) {
        return new RiskFields((String) v.get("title"), (String) v.get("description"), (String) v.get("category"),
                (String) v.get("cause"), (String) v.get("effect"), (RiskKind) v.get("kind"),
                (Integer) v.get("probability"), (Integer) v.get("impact"), (String) v.get("ownerKey"),
                (RiskStatus) v.get("status"), (ResponseStrategy) v.get("strategy"), (String) v.get("responsePlan"),
                (String) v.get("contingencyPlan"), (String) v.get("trigger"), (LocalDate) v.get("proximityDate"),
                (LocalDate) v.get("lastReviewDate"), (LocalDate) v.get("nextReviewDate"),
                (Integer) v.get("residualProbability"), (Integer) v.get("residualImpact"),
                (BigDecimal) v.get("costImpact"), (List<String>) v.get(RiskChanges.LINKED_ISSUE_KEYS));
    }
}
