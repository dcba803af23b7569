package com.pmosuite.risk;

import com.pmosuite.shared.IssueDirectory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The linked issues one reader may see: a risk in a project they can read must not reveal the key of an issue they
 * cannot browse, in the risk, a list, an export or the history. Only what is shown is filtered; the stored links stay
 * (see {@link RiskRegister#update} for how an edit keeps the links its author cannot see).
 */
public final class VisibleLinks {
    private final Set<String> shown;

    private VisibleLinks(Set<String> shown) {
        this.shown = shown;
    }

    /** Asks the directory once about every distinct key these risks link. */
    public static VisibleLinks of(IssueDirectory issues, Collection<Risk> risks) {
        Set<String> keys = new LinkedHashSet<>();
        risks.forEach(risk -> keys.addAll(risk.fields().linkedIssueKeys()));
        return of(issues, keys);
    }

    private static VisibleLinks of(IssueDirectory issues, Set<String> keys) {
        return new VisibleLinks(keys.isEmpty() ? Set.of() : Set.copyOf(issues.shownAmong(keys)));
    }

    /** The risk as the reader may see it: the same, less the links to issues they cannot see. */
    public Risk shown(Risk risk) {
        List<String> keys = risk.fields().linkedIssueKeys();
        if (shown.containsAll(keys)) {
            return risk;
        }
        return new Risk(risk.id(), risk.projectKey(),
                risk.fields().withLinkedIssueKeys(keys.stream().filter(shown::contains).toList()),
                risk.createdBy(), risk.createdAt(), risk.updatedBy(), risk.updatedAt(), risk.version());
    }

    public List<Risk> shown(List<Risk> risks) {
        return risks.stream().map(this::shown).toList();
    }

    /** The keys of {@code keys} the reader may not see, in their order. */
    public List<String> hidden(List<String> keys) {
        return keys.stream().filter(key -> !shown.contains(key)).toList();
    }

    /**
     * A history as the reader may see it: linked-issue changes lose the keys they may not see, and a change that
     * was only to such keys is left out (its version still shows the other fields changed with it).
     */
    public static List<RiskHistoryEntry> shownHistory(IssueDirectory issues, List<RiskHistoryEntry> entries) {
        Set<String> keys = new LinkedHashSet<>();
        for (RiskHistoryEntry entry : entries) {
            if (isLinkChange(entry)) {
                keys.addAll(RiskChanges.issueKeys(entry.oldValue()));
                keys.addAll(RiskChanges.issueKeys(entry.newValue()));
            }
        }
        VisibleLinks links = of(issues, keys);
        List<RiskHistoryEntry> shown = new ArrayList<>(entries.size());
        for (RiskHistoryEntry entry : entries) {
            if (!isLinkChange(entry)) {
                shown.add(entry);
                continue;
            }
            String oldValue = links.shownValue(entry.oldValue());
            String newValue = links.shownValue(entry.newValue());
            if (!Objects.equals(oldValue, newValue)) {
                shown.add(new RiskHistoryEntry(entry.riskId(), entry.version(), entry.actorKey(), entry.at(),
                        entry.field(), oldValue, newValue));
            }
        }
        return shown;
    }

    private static boolean isLinkChange(RiskHistoryEntry entry) {
        return RiskChanges.LINKED_ISSUE_KEYS.equals(entry.field());
    }

    private String shownValue(String value) {
        return RiskChanges.issueKeysValue(RiskChanges.issueKeys(value).stream().filter(shown::contains).toList());
    }
}
