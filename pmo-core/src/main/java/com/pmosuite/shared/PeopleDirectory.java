package com.pmosuite.shared;

import java.util.Optional;

/** Port: looks people up by their stable user key (Jira: the user key, not the renameable username) or username. */
public interface PeopleDirectory {
    Optional<Person> byKey(String userKey);

    Optional<Person> byUsername(String username);

    /**
     * Finds someone by user key or, failing that, by username: people type usernames, while Jira stores keys
     * (which for users created since Jira 8 look like {@code JIRAUSER10100}).
     */
    default Optional<Person> byKeyOrUsername(String keyOrUsername) {
        return byKey(keyOrUsername).or(() -> byUsername(keyOrUsername));
    }
}
