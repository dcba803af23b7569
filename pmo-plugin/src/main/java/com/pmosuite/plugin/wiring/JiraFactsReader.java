package com.pmosuite.plugin.wiring;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.pmosuite.plugin.facts.jira.JiraIssueFactReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZoneId;

/**
 * The one {@link JiraIssueFactReader} the facts source and the event listener share, reading with
 * {@link FactsFieldMapping}; Jira's date-only values are midnights in the JVM's zone, as Jira stores them.
 */
@Named
public final class JiraFactsReader {
    private final JiraIssueFactReader reader;

    @Inject
    public JiraFactsReader(@ComponentImport CustomFieldManager customFields, HostServices host,
                           FactsFieldMapping mapping) {
        this.reader = new JiraIssueFactReader(customFields, host.issueManager(), mapping, ZoneId.systemDefault());
    }

    public JiraIssueFactReader reader() {
        return reader;
    }
}
