package com.pmosuite.testkit;

import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link PeopleDirectory} that knows Alice, Bob and Carol, and whoever a test adds. */
public final class InMemoryPeople implements PeopleDirectory {
    public static final Person ALICE = new Person("alice", "alice", "Alice Archer");
    public static final Person BOB = new Person("bob", "bob", "Bob Baker");
    public static final Person CAROL = new Person("carol", "carol", "Carol Cooper");

    private final Map<String, Person> byKey = new ConcurrentHashMap<>();

    private InMemoryPeople() {
    }

    public static InMemoryPeople withAliceBobAndCarol() {
        return new InMemoryPeople().add(ALICE).add(BOB).add(CAROL);
    }

    public InMemoryPeople add(Person person) {
        byKey.put(person.key(), person);
        return this;
    }

    @Override
    public Optional<Person> byUsername(String username) {
        return byKey.values().stream().filter(p -> p.username().equalsIgnoreCase(username)).findFirst();
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return userKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(userKey));
    }
}
