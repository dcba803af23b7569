package com.pmosuite.portfolio;

import com.pmosuite.rollup.RagThresholds;
import com.pmosuite.shared.AuditEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What differs between two versions of a portfolio, as audit entries with readable field names: {@code name},
 * {@code defaults}, {@code projects} (the direct choices), {@code categoryIds}, {@code programs[7]} (a program
 * added or removed, by its name), {@code programs[7].defaults}, {@code projects[10000].plan}. Plan figures are
 * spelled as {@code budgetAtCompletion=1000.00; currency=EUR; …}, listing only the figures set. Both stores call
 * this after they have given new programs their ids, so every entry names a program by the id it keeps.
 */
public final class PortfolioChanges {
    private PortfolioChanges() {
    }

    /** The entries a saved change writes, in a stable order; none when nothing differs. */
    public static List<AuditEntry> between(long portfolioId, PortfolioFields before, PortfolioFields after,
                                           int version, String actorKey, Instant at) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        List<AuditEntry> entries = new ArrayList<>();
        for (String field : old.keySet()) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                entries.add(entry(portfolioId, version, actorKey, at, field, old.get(field), now.get(field)));
            }
        }
        for (String field : now.keySet()) {
            if (!old.containsKey(field)) {
                entries.add(entry(portfolioId, version, actorKey, at, field, null, now.get(field)));
            }
        }
        return entries;
    }

    public static AuditEntry created(Portfolio portfolio, String actorKey, Instant at) {
        return entry(portfolio.id(), portfolio.version(), actorKey, at, AuditEntry.CREATED, null, portfolio.name());
    }

    public static AuditEntry deleted(long id, int version, String name, String actorKey, Instant at) {
        return entry(id, version, actorKey, at, AuditEntry.DELETED, name, null);
    }

    private static AuditEntry entry(long id, int version, String actorKey, Instant at, String field, String oldValue,
                                    String newValue) {
        return new AuditEntry(Portfolio.ENTITY_TYPE, id, version, actorKey, at, field, oldValue, newValue);
    }

    private static Map<String, String> flatten(PortfolioFields f) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "name", f.name());
        put(values, "description", f.description());
        put(values, "ownerKey", f.ownerKey());
        put(values, "colour", f.colour());
        put(values, "defaults", describe(f.defaults()));
        put(values, "projects", ids(f.projects().stream().map(ProjectEntry::projectId).toList()));
        put(values, "categoryIds", ids(f.categoryIds()));
        for (Program program : f.programs()) {
            String at = "programs[" + program.id() + "]";
            put(values, at, program.name());
            put(values, at + ".description", program.description());
            put(values, at + ".ownerKey", program.ownerKey());
            put(values, at + ".defaults", describe(program.defaults()));
            put(values, at + ".projects", ids(program.projects().stream().map(ProjectEntry::projectId).toList()));
        }
        f.explicitProjects().forEach(entry ->
                put(values, "projects[" + entry.projectId() + "].plan", describe(entry.plan())));
        return values;
    }

    private static void put(Map<String, String> values, String field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }

    private static String ids(List<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Plan figures as one history value; {@code null} when none is set. */
    static String describe(PlanFigures plan) {
        if (plan == null || plan.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        part(parts, "budgetAtCompletion", plan.budgetAtCompletion());
        part(parts, "currency", plan.currency());
        part(parts, "baselineStart", plan.baselineStart());
        part(parts, "baselineFinish", plan.baselineFinish());
        part(parts, "costRatePerHour", plan.costRatePerHour());
        RagThresholds t = plan.thresholds();
        if (t != null) {
            parts.add("thresholds=spi " + plain(t.spiAmber()) + "/" + plain(t.spiRed()) + ", cpi "
                    + plain(t.cpiAmber()) + "/" + plain(t.cpiRed()) + ", overdue " + plain(t.overdueShareAmber())
                    + "/" + plain(t.overdueShareRed()));
        }
        return String.join("; ", parts);
    }

    private static void part(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + (value instanceof BigDecimal d ? plain(d) : value));
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
