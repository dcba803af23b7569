package com.pmosuite.compliance.waiver;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardSeverity;
import com.pmosuite.compliance.Waiver;
import com.pmosuite.compliance.WaiverStatus;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryWaiverStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requesting and deciding waivers: validation with field paths, the allowed transitions, 409s and the history. */
class WaiversTest {
    private static final long ALPHA = 10_000;
    private static final long OVERDUE = 3;
    private static final LocalDate TODAY = FixedClock.TODAY;
    private static final Standard NO_OVERDUE = new Standard(OVERDUE, "Nothing overdue", "Dates matter",
            StandardSeverity.MAJOR, 5, true, new Check.NoOverdue(7), "pmo", Instant.EPOCH, 1);

    private final FixedClock clock = FixedClock.atStart();
    private final InMemoryWaiverStore store = new InMemoryWaiverStore();
    private final Waivers waivers = new Waivers(store, id -> id == OVERDUE ? Optional.of(NO_OVERDUE) : Optional.empty(),
            id -> Optional.ofNullable(Map.of(ALPHA, "ALPHA").get(id)), clock);

    private Waiver requested(List<String> keys, LocalDate expires) {
        return waivers.request(OVERDUE, ALPHA, keys, "Migration freezes the backlog", expires, "alice");
    }

    @Test
    void aRequestIsStoredAsRequestedWithItsKeysUpperCasedAndCountedOnce() {
        Waiver waiver = requested(List.of("alpha-12", "ALPHA-3", " ALPHA-12 "), TODAY.plusDays(30));

        assertThat(waiver.status()).isEqualTo(WaiverStatus.REQUESTED);
        assertThat(waiver.issueKeys()).containsExactlyInAnyOrder("ALPHA-3", "ALPHA-12");
        assertThat(waiver.requestedBy()).isEqualTo("alice");
        assertThat(waiver.requestedAt()).isEqualTo(clock.instant());
        assertThat(waivers.history(waiver.id())).extracting(AuditEntry::field).first().isEqualTo(AuditEntry.CREATED);
    }

    @Test
    void aJustificationIsRequired() {
        assertFields(() -> waivers.request(OVERDUE, ALPHA, List.of(), "   ", TODAY.plusDays(1), "alice"),
                "justification");
    }

    @Test
    void aJustificationHasAtMost4000Characters() {
        waivers.request(OVERDUE, ALPHA, List.of(), "j".repeat(4000), TODAY.plusDays(1), "alice");

        assertFields(() -> waivers.request(OVERDUE, ALPHA, List.of(), "j".repeat(4001), TODAY.plusDays(1), "alice"),
                "justification");
    }

    @Test
    void theExpiryMustBeAfterToday() {
        assertFields(() -> requested(List.of(), TODAY), "expires");
        assertFields(() -> requested(List.of(), TODAY.minusDays(1)), "expires");
        assertFields(() -> requested(List.of(), null), "expires");
    }

    @Test
    void theExpiryIsAtMost366DaysAhead() {
        assertThat(requested(List.of(), TODAY.plusDays(366)).expires()).isEqualTo(TODAY.plusDays(366));

        assertFields(() -> requested(List.of(), TODAY.plusDays(367)), "expires");
    }

    @Test
    void aWaiverNamesAtMost200Issues() {
        List<String> keys = IntStream.rangeClosed(1, 201).mapToObj(i -> "ALPHA-" + i).toList();

        assertThat(requested(keys.subList(0, 200), TODAY.plusDays(1)).issueKeys()).hasSize(200);
        assertFields(() -> requested(keys, TODAY.plusDays(1)), "issueKeys");
    }

    @Test
    void malformedIssueKeysAreNamedByTheirPosition() {
        assertFields(() -> requested(List.of("ALPHA-1", "ALPHA", "=HYPERLINK(1)", "ALPHA-0"), TODAY.plusDays(1)),
                "issueKeys[1]", "issueKeys[2]", "issueKeys[3]");
        assertFields(() -> requested(Collections.singletonList(null), TODAY.plusDays(1)), "issueKeys[0]");
        assertFields(() -> requested(List.of("A".repeat(400) + "-1"), TODAY.plusDays(1)), "issueKeys[0]");
    }

    @Test
    void theStandardAndTheProjectMustExistAndEveryProblemIsReportedAtOnce() {
        assertFields(() -> waivers.request(99, 77, List.of("x"), "", TODAY, "alice"),
                "standardId", "projectId", "issueKeys[0]", "justification", "expires");
    }

    @Test
    void aPmoAdminApprovesARequestedWaiver() {
        Waiver waiver = requested(List.of(), TODAY.plusDays(30));
        clock.advance(java.time.Duration.ofHours(1));

        Waiver approved = waivers.approve(waiver.id(), 1, "  Until the migration ends ", "pmo");

        assertThat(approved).extracting(Waiver::status, Waiver::decidedBy, Waiver::decidedAt, Waiver::decisionNote,
                Waiver::version).containsExactly(WaiverStatus.APPROVED, "pmo", clock.instant(),
                "Until the migration ends", 2);
    }

    @Test
    void onlyARequestedWaiverCanBeApprovedOrRejected() {
        Waiver waiver = requested(List.of(), TODAY.plusDays(30));
        waivers.reject(waiver.id(), 1, "No", "pmo");

        assertFields(() -> waivers.approve(waiver.id(), 2, null, "pmo"), "status");
        assertFields(() -> waivers.reject(waiver.id(), 2, null, "pmo"), "status");
        assertThat(waivers.get(waiver.id()).status()).isEqualTo(WaiverStatus.REJECTED);
    }

    @Test
    void aRequestedOrApprovedWaiverCanBeWithdrawn() {
        Waiver requested = requested(List.of(), TODAY.plusDays(30));
        Waiver approved = requested(List.of("ALPHA-1"), TODAY.plusDays(30));
        waivers.approve(approved.id(), 1, null, "pmo");

        assertThat(waivers.withdraw(requested.id(), 1, null, "alice").status()).isEqualTo(WaiverStatus.WITHDRAWN);
        assertThat(waivers.withdraw(approved.id(), 2, "Fixed after all", "alice").status())
                .isEqualTo(WaiverStatus.WITHDRAWN);
    }

    @Test
    void aRejectedOrWithdrawnWaiverIsFinal() {
        Waiver rejected = requested(List.of(), TODAY.plusDays(30));
        waivers.reject(rejected.id(), 1, null, "pmo");
        Waiver withdrawn = requested(List.of(), TODAY.plusDays(30));
        waivers.withdraw(withdrawn.id(), 1, null, "alice");

        assertFields(() -> waivers.withdraw(rejected.id(), 2, null, "alice"), "status");
        assertFields(() -> waivers.approve(withdrawn.id(), 2, null, "pmo"), "status");
        assertFields(() -> waivers.withdraw(withdrawn.id(), 2, null, "pmo"), "status");
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflictCarryingTheCurrentWaiver() {
        Waiver waiver = requested(List.of(), TODAY.plusDays(30));
        Waiver approved = waivers.approve(waiver.id(), 1, null, "pmo");

        assertThatThrownBy(() -> waivers.withdraw(waiver.id(), 1, null, "alice"))
                .isInstanceOfSatisfying(StaleVersion.class, stale -> assertThat(stale.current()).isEqualTo(approved));
    }

    @Test
    void aDecisionNoteHasAtMost4000Characters() {
        Waiver waiver = requested(List.of(), TODAY.plusDays(30));

        assertFields(() -> waivers.approve(waiver.id(), 1, "n".repeat(4001), "pmo"), "note");
        assertThat(waivers.get(waiver.id()).status()).isEqualTo(WaiverStatus.REQUESTED);
    }

    @Test
    void aMissingWaiverIsNotFound() {
        assertThatThrownBy(() -> waivers.approve(404, 1, null, "pmo")).isInstanceOf(NotFound.class);
    }

    @Test
    void everyChangeIsInTheHistoryWithItsActor() {
        Waiver waiver = requested(List.of("ALPHA-1"), TODAY.plusDays(30));
        waivers.approve(waiver.id(), 1, "ok", "pmo");
        waivers.withdraw(waiver.id(), 2, null, "alice");

        assertThat(waivers.history(waiver.id())).filteredOn(e -> e.field().equals("status"))
                .extracting(AuditEntry::actorKey, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pmo", "REQUESTED", "APPROVED"),
                        org.assertj.core.groups.Tuple.tuple("alice", "APPROVED", "WITHDRAWN"));
    }

    @Test
    void anApprovedWaiverIsActiveUpToAndIncludingItsExpiryDay() {
        Waiver waiver = requested(List.of(), TODAY.plusDays(10));
        requested(List.of("ALPHA-9"), TODAY.plusDays(10));
        waivers.approve(waiver.id(), 1, null, "pmo");

        assertThat(waivers.activeOn(ALPHA, TODAY.plusDays(10))).extracting(Waiver::id).containsExactly(waiver.id());
        assertThat(waivers.activeOn(ALPHA, TODAY.plusDays(11))).isEmpty();
        assertThat(waivers.activeOn(ALPHA + 1, TODAY)).isEmpty();
        assertThat(waivers.activeOn(TODAY)).extracting(Waiver::id).containsExactly(waiver.id());
    }

    @Test
    void waiversAreListedPerProjectAndByStatus() {
        Waiver first = requested(List.of(), TODAY.plusDays(10));
        Waiver second = requested(List.of(), TODAY.plusDays(10));
        waivers.approve(second.id(), 1, null, "pmo");

        assertThat(waivers.forProject(ALPHA)).extracting(Waiver::id).containsExactly(second.id(), first.id());
        assertThat(waivers.all(Set.of(WaiverStatus.REQUESTED))).extracting(Waiver::id).containsExactly(first.id());
        assertThat(waivers.all(Set.of())).hasSize(2);
    }

    private static void assertFields(Executable call, String... fields) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ValidationFailed.class,
                failure -> assertThat(failure.errors()).extracting(FieldError::field).containsExactly(fields));
    }
}
