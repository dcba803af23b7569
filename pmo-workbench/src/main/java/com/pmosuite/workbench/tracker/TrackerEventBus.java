package com.pmosuite.workbench.tracker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers the tracker's issue events to its listeners, synchronously, on the thread that made the change and after
 * its transaction committed, as Jira's event publisher delivers {@code IssueEvent}s to {@code @EventListener}
 * methods. A listener that throws is logged and does not stop the others or undo the change (as in Jira).
 */
public final class TrackerEventBus {

    // Jira's event type ids (com.atlassian.jira.event.type.EventType).
    public static final long ISSUE_CREATED_ID = 1L;
    public static final long ISSUE_UPDATED_ID = 2L;
    public static final long ISSUE_RESOLVED_ID = 5L;
    public static final long ISSUE_REOPENED_ID = 7L;
    public static final long ISSUE_DELETED_ID = 8L;
    public static final long ISSUE_MOVED_ID = 9L;
    public static final long ISSUE_WORKLOGGED_ID = 10L;
    public static final long ISSUE_GENERICEVENT_ID = 13L;

    private static final Logger LOG = LoggerFactory.getLogger(TrackerEventBus.class);

    private final List<Consumer<TrackerEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; returned handle removes it. */
    public Runnable subscribe(Consumer<TrackerEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Delivers events in order to every listener. */
    public void publish(List<TrackerEvent> events) {
        for (TrackerEvent event : events) {
            for (Consumer<TrackerEvent> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("An issue event listener failed on event {} of {}", event.eventTypeId(),
                            event.issue().key(), e);
                }
            }
        }
    }
}
