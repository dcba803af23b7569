package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Port: where standards and standard sets live, with their audit history ({@link StandardChanges#STANDARD} and
 * {@link StandardChanges#SET} entries). Every method that writes does all of its rows, and the history, in one
 * transaction. Drafts arrive validated ({@link Standards} does that); the store keeps versions and references
 * straight, and names unique: no two standards, and no two sets, share a {@link #nameKey} (a name ignoring case), even
 * when two admins save at the same moment.
 */
public interface StandardStore {

    /**
     * Stores a new standard at version 1 with a {@code created} entry.
     *
     * @throws ValidationFailed at {@code name} when another standard has the name (ignoring case)
     */
    Standard createStandard(StandardDraft draft, String actorKey, Instant at);

    /**
     * Replaces a standard's content if it is still at {@code expectedVersion}; the version goes up by one and the
     * history gets {@link StandardChanges#between(Standard, StandardDraft, int, String, Instant)}.
     *
     * @throws StaleVersion     carrying the current standard, when the version moved on
     * @throws NotFound         when there is no such standard
     * @throws ValidationFailed at {@code name} when another standard has the name (ignoring case)
     */
    Standard updateStandard(long id, int expectedVersion, StandardDraft draft, String actorKey, Instant at);

    /**
     * Deletes a standard; its history stays, ending with a {@code deleted} entry. A standard that a set still lists is
     * not deleted: that is checked in the same transaction, so a set saved meanwhile cannot keep a dangling id.
     *
     * @param expectedVersion when present, the delete only happens at that version (else {@link StaleVersion})
     * @throws ValidationFailed at {@code id}, naming the sets, when sets still list the standard
     * @throws NotFound         when there is no such standard
     */
    void deleteStandard(long id, OptionalInt expectedVersion, String actorKey, Instant at);

    Optional<Standard> findStandard(long id);

    /** Every standard, ordered by id. */
    List<Standard> allStandards();

    /** A standard's history, oldest first; still there after it was deleted. */
    List<AuditEntry> standardHistory(long id);

    /**
     * Stores a new set at version 1 with a {@code created} entry.
     *
     * @throws ValidationFailed at {@code standardIds[i]} when a listed standard does not exist (any more), at
     *                          {@code name} when another set has the name (ignoring case)
     */
    StandardSet createSet(SetContent content, String actorKey, Instant at);

    /**
     * Replaces a set's content if it is still at {@code expectedVersion}.
     *
     * @throws StaleVersion     carrying the current set, when the version moved on
     * @throws NotFound         when there is no such set
     * @throws ValidationFailed at {@code standardIds[i]} when a listed standard does not exist (any more), at
     *                          {@code name} when another set has the name (ignoring case)
     */
    StandardSet updateSet(long id, int expectedVersion, SetContent content, String actorKey, Instant at);

    /**
     * Deletes a set (not its standards); its history stays, ending with a {@code deleted} entry.
     *
     * @throws NotFound when there is no such set
     */
    void deleteSet(long id, OptionalInt expectedVersion, String actorKey, Instant at);

    Optional<StandardSet> findSet(long id);

    /** Every set, ordered by id. */
    List<StandardSet> allSets();

    /** A set's history, oldest first; still there after it was deleted. */
    List<AuditEntry> setHistory(long id);

    /**
     * Writes every item of an import in one transaction, standards first (so sets can list the new ones), each with
     * its history. When any item's version moved on, nothing is written.
     *
     * @throws StaleVersion when a standard or set to update is no longer at its expected version, or another writer
     *                      took a name the batch writes
     * @throws NotFound     when a standard or set to update is gone
     */
    BatchResult apply(Batch batch, String actorKey, Instant at);

    /**
     * What makes two names the same: a digest of the trimmed, lower-cased name, of fixed length so that a database can
     * hold it under a unique index whatever the name's characters.
     */
    static String nameKey(String name) {
        String clean = com.pmosuite.shared.Text.clean(name);
        String folded = clean == null ? "" : clean.toLowerCase(java.util.Locale.ROOT);
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(folded.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The message every store gives when a name is taken. */
    static ValidationFailed nameTaken(String what) {
        return ValidationFailed.of("name", "another " + what + " has this name");
    }

    /** The message every store gives when a standard to delete is still listed by sets. */
    static String inUse(List<String> setNames) {
        return "is used by the standard sets " + String.join(", ", setNames) + ": remove it from them first";
    }

    /** A set's content, validated: its standards in order, and its scope. */
    record SetContent(String name, String description, List<Long> standardIds, SetScope scope) {
        public SetContent {
            Objects.requireNonNull(name, "name");
            standardIds = List.copyOf(standardIds);
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** What an import writes: standards and sets to create ({@code id} 0) or to update at their expected version. */
    record Batch(List<StandardWrite> standards, List<SetWrite> sets) {
        public Batch {
            standards = List.copyOf(standards);
            sets = List.copyOf(sets);
        }

        public boolean isEmpty() {
            return standards.isEmpty() && sets.isEmpty();
        }
    }

    /** One standard to write: {@code id} 0 creates it. */
    record StandardWrite(long id, int expectedVersion, StandardDraft draft) {
        public StandardWrite {
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** One set to write: {@code id} 0 creates it; its standards may be stored ones or ones this batch writes. */
    record SetWrite(long id, int expectedVersion, String name, String description, List<StandardRef> standards,
                    SetScope scope) {
        public SetWrite {
            Objects.requireNonNull(name, "name");
            standards = List.copyOf(standards);
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * A set member in a batch: a stored standard by id, or the standard at {@code batchIndex} in
     * {@link Batch#standards()} (whose id the store assigns or keeps).
     */
    record StandardRef(long storedId, int batchIndex) {
        public static StandardRef stored(long id) {
            return new StandardRef(id, -1);
        }

        public static StandardRef inBatch(int index) {
            return new StandardRef(0, index);
        }
    }

    /** What a batch wrote, in the batch's order. */
    record BatchResult(List<Standard> standards, List<StandardSet> sets) {
        public BatchResult {
            standards = List.copyOf(standards);
            sets = List.copyOf(sets);
        }
    }
}
