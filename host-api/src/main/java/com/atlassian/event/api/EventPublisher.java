package com.atlassian.event.api;

/**
 * Compile-time stand-in for atlassian-event's EventPublisher (an interface), declaring only the members the plugin
 * calls; in the real API register/unregister come from the superinterface EventListenerRegistrar, which interface
 * method resolution finds (see docs/host-api.md).
 */
public interface EventPublisher {

    /** Dispatches to every registered listener's public {@link EventListener} methods whose parameter fits. */
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
