package com.pmosuite.workbench.tracker;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.pmosuite.workbench.host.WorkbenchUser;
import com.pmosuite.workbench.http.WorkbenchAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The workbench's atlassian-event {@link EventPublisher}: delivers each event to the public one-argument
 * {@link EventListener} methods of registered objects whose parameter type accepts it, synchronously on the
 * publishing thread, as Jira's publisher does. The tracker {@linkplain #announce announces} its changes after
 * their transaction committed, each as Jira's {@link IssueEvent} with Jira's event type id. A listener that throws
 * is logged and neither stops the others nor undoes the change (as in Jira).
 */
public final class TrackerEventBus implements EventPublisher {

    // Jira's event type ids (EventType's are boxed Longs read at run time, so they are unboxed here once).
    static final long ISSUE_CREATED_ID = EventType.ISSUE_CREATED_ID;
    static final long ISSUE_UPDATED_ID = EventType.ISSUE_UPDATED_ID;
    static final long ISSUE_RESOLVED_ID = EventType.ISSUE_RESOLVED_ID;
    static final long ISSUE_REOPENED_ID = EventType.ISSUE_REOPENED_ID;
    static final long ISSUE_DELETED_ID = EventType.ISSUE_DELETED_ID;
    static final long ISSUE_MOVED_ID = EventType.ISSUE_MOVED_ID;
    static final long ISSUE_WORKLOGGED_ID = EventType.ISSUE_WORKLOGGED_ID;
    static final long ISSUE_GENERICEVENT_ID = EventType.ISSUE_GENERICEVENT_ID;

    private static final Logger LOG = LoggerFactory.getLogger(TrackerEventBus.class);

    private record Subscription(Object listener, Method method) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final JiraIssueView.Related related;
    private final WorkbenchAccounts accounts;

    /**
     * @param related  where the issues of published events find their sub-tasks and epics
     * @param accounts who made a change, for {@link IssueEvent#getUser()}
     */
    public TrackerEventBus(JiraIssueView.Related related, WorkbenchAccounts accounts) {
        this.related = related;
        this.accounts = accounts;
    }

    @Override
    public void register(Object listener) {
        List<Subscription> found = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers())) {
                found.add(new Subscription(listener, method));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no public @EventListener method");
        }
        subscriptions.addAll(found);
    }

    @Override
    public void unregister(Object listener) {
        subscriptions.removeIf(s -> s.listener() == listener);
    }

    @Override
    public void publish(Object event) {
        for (Subscription subscription : subscriptions) {
            if (!subscription.method().getParameterTypes()[0].isInstance(event)) {
                continue;
            }
            try {
                subscription.method().invoke(subscription.listener(), event);
            } catch (InvocationTargetException e) {
                LOG.warn("Event listener {} failed on {}", subscription.method(), event, e.getCause());
            } catch (IllegalAccessException e) {
                LOG.warn("Event listener {} cannot be called", subscription.method(), e);
            }
        }
    }

    /** Publishes the tracker's changes, in order, as Jira's issue events. */
    void announce(List<TrackerEvent> events) {
        for (TrackerEvent event : events) {
            Map<String, Object> params = new HashMap<>();
            params.put("eventsource", "action");
            if (event.worklog() != null) {
                params.put("worklogId", event.worklog().id());
            }
            publish(new IssueEvent(new JiraIssueView(event.issue(), related), params,
                    accounts.byKey(event.actorKey()).map(WorkbenchUser::new).orElse(null), event.eventTypeId()));
        }
    }
}
