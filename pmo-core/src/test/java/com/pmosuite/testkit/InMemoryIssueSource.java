package com.pmosuite.testkit;

import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An issue tracker in memory: the issues as the tracker has them now, paged by id as {@link IssueSource} says. */
public final class InMemoryIssueSource implements IssueSource {
    private final TreeMap<Long, IssueFact> issues = new TreeMap<>();
    private final List<Long> pagesAskedAfter = new ArrayList<>();
    private final AtomicInteger failAfterPages = new AtomicInteger(-1);
    private int mostPerPage = MAX_PAGE;

    /** Creates or changes an issue. */
    public synchronized InMemoryIssueSource put(IssueFact fact) {
        issues.put(fact.issueId(), fact);
        return this;
    }

    public synchronized InMemoryIssueSource remove(long issueId) {
        issues.remove(issueId);
        return this;
    }

    /** The next {@code pages} page reads succeed, then every read fails as a tracker outage would. */
    public InMemoryIssueSource failAfter(int pages) {
        failAfterPages.set(pages);
        return this;
    }

    /**
     * Answers at most {@code most} issues per page whatever the page size, as Jira's source may when the id range
     * it searched held fewer (the port promises "at most", not "exactly").
     */
    public synchronized InMemoryIssueSource shortPages(int most) {
        mostPerPage = most;
        return this;
    }

    /** The tracker is reachable again. */
    public InMemoryIssueSource recover() {
        failAfterPages.set(-1);
        return this;
    }

    /** The {@code afterIssueId} of every page asked for, in order. */
    public synchronized List<Long> pagesAskedAfter() {
        return List.copyOf(pagesAskedAfter);
    }

    @Override
    public synchronized List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        if (failAfterPages.get() == 0) {
            throw new IllegalStateException("The tracker cannot be reached");
        }
        failAfterPages.updateAndGet(left -> left > 0 ? left - 1 : left);
        pagesAskedAfter.add(afterIssueId);
        Set<Long> projects = Set.copyOf(projectIds);
        List<IssueFact> page = new ArrayList<>();
        for (IssueFact fact : issues.tailMap(afterIssueId, false).values()) {
            if (page.size() == Math.min(pageSize, mostPerPage)) {
                break;
            }
            if (projects.contains(fact.projectId())) {
                page.add(fact);
            }
        }
        return page;
    }

    @Override
    public synchronized Optional<IssueFact> fact(long issueId) {
        return Optional.ofNullable(issues.get(issueId));
    }

    @Override
    public synchronized long count(Collection<Long> projectIds) {
        Set<Long> projects = Set.copyOf(projectIds);
        return issues.values().stream().filter(fact -> projects.contains(fact.projectId())).count();
    }
}
