package com.pmosuite.workbench.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fixed set of workbench users, looked up by username or key and checked by password. */
public final class WorkbenchAccounts {

    private final List<WorkbenchAccount> all;
    private final Map<String, WorkbenchAccount> byUsername = new HashMap<>();
    private final Map<String, WorkbenchAccount> byKey = new HashMap<>();

    public WorkbenchAccounts(List<WorkbenchAccount> accounts) {
        this.all = List.copyOf(accounts);
        for (WorkbenchAccount account : all) {
            if (byUsername.put(normalise(account.username()), account) != null) {
                throw new IllegalArgumentException("Duplicate username: " + account.username());
            }
            if (byKey.put(account.key(), account) != null) {
                throw new IllegalArgumentException("Duplicate user key: " + account.key());
            }
        }
    }

    /** Returns the account when the password matches; the comparison takes the same time whatever the input. */
    public Optional<WorkbenchAccount> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<WorkbenchAccount> account = byUsername(username);
        // Compare against a dummy when the user is unknown so that timing does not reveal which usernames exist.
        String expected = account.map(WorkbenchAccount::password).orElse("\u0000no-such-user");
        boolean matches = MessageDigest.isEqual(sha256(expected), sha256(password));
        return matches ? account : Optional.empty();
    }

    public Optional<WorkbenchAccount> byUsername(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(byUsername.get(normalise(username)));
    }

    public Optional<WorkbenchAccount> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    public List<WorkbenchAccount> all() {
        return all;
    }

    // Jira usernames are case-insensitive.
    private static String normalise(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    // Hashing first gives both sides the same length, which MessageDigest.isEqual needs to be constant-time.
    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
