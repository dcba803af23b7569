package com.pmosuite.plugin.wiring;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.pmosuite.facts.IssueFact;
import com.pmosuite.facts.IssueSource;
import com.pmosuite.plugin.facts.jira.JiraIssueSource;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The facts capability's {@link IssueSource} as a Spring component: {@link JiraIssueSource} on Jira's search. */
@Named
public final class JiraFactsSource implements IssueSource {
    private final JiraIssueSource source;

    @Inject
    public JiraFactsSource(@ComponentImport SearchService search, HostServices host, JiraFactsReader reader) {
        this.source = new JiraIssueSource(search, host.issueManager(), reader.reader());
    }

    @Override
    public List<IssueFact> page(Collection<Long> projectIds, long afterIssueId, int pageSize) {
        return source.page(projectIds, afterIssueId, pageSize);
    }

    @Override
    public Optional<IssueFact> fact(long issueId) {
        return source.fact(issueId);
    }

    @Override
    public long count(Collection<Long> projectIds) {
        return source.count(projectIds);
    }
}
