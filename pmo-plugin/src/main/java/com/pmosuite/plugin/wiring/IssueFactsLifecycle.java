package com.pmosuite.plugin.wiring;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.pmosuite.plugin.facts.jira.IssueFactsListener;
import com.pmosuite.plugin.facts.wiring.FactsModule;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Registers the issue-facts listener with Jira's events when SAL starts the plugin and unregisters it when SAL
 * stops it; exported as a {@link LifecycleAware} service because SAL finds only those.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class IssueFactsLifecycle implements LifecycleAware {
    private final IssueFactsListener listener;

    @Inject
    public IssueFactsLifecycle(@ComponentImport EventPublisher events, HostServices host, JiraFactsReader reader,
                               FactsModule facts) {
        this.listener = new IssueFactsListener(events, host.issueManager(), reader.reader(), facts.changes());
    }

    @Override
    public void onStart() {
        listener.onStart();
    }

    @Override
    public void onStop() {
        listener.onStop();
    }
}
