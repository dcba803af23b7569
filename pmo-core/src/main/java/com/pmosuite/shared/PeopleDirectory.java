package com.pmosuite.shared;

import java.util.Optional;

/** Port: looks people up by their stable user key (Jira: the user key, not the renameable username). */
public interface PeopleDirectory {
    Optional<Person> byKey(String userKey);
}
