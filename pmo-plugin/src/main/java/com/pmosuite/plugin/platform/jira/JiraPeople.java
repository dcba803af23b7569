package com.pmosuite.plugin.platform.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;

import java.util.Optional;

/** {@link PeopleDirectory} over Jira's users; inactive users are still found so old owners keep their names. */
public final class JiraPeople implements PeopleDirectory {
    private final UserManager users;

    public JiraPeople(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        if (userKey == null) {
            return Optional.empty();
        }
        return person(users.getUserByKey(userKey));
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return username == null ? Optional.empty() : person(users.getUserByName(username));
    }

    private static Optional<Person> person(ApplicationUser user) {
        return user == null ? Optional.empty()
                : Optional.of(new Person(user.getKey(), user.getUsername(), user.getDisplayName()));
    }
}
