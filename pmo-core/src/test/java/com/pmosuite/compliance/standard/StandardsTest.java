package com.pmosuite.compliance.standard;

import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.SetScope;
import com.pmosuite.compliance.Standard;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.StandardSet;
import com.pmosuite.compliance.StandardSetDraft;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.LongStream;

import static com.pmosuite.testkit.InMemoryProjectCatalog.ALPHA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.PLATFORM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Creating, changing and deleting standards and sets through the use case: validated, versioned, audited. */
class StandardsTest {
    private final StandardsWorld world = new StandardsWorld();
    private final Standards standards = world.standards;

    private static List<String> fieldsOf(Runnable call) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationFailed.class,
                failed -> failed.errors().stream().map(FieldError::field).forEach(fields::add));
        return fields;
    }

    @Test
    void aCreatedStandardIsStoredTrimmedWithACreationEntryStampedByTheClock() {
        Standard created = standards.create(StandardFixtures.standard("  No overdue work ", new Check.NoOverdue(3)),
                "alice");

        assertThat(created.name()).isEqualTo("No overdue work");
        assertThat(standards.get(created.id())).isEqualTo(created);
        assertThat(standards.history(created.id())).extracting(AuditEntry::field, AuditEntry::at, AuditEntry::actorKey)
                .containsExactly(tuple(AuditEntry.CREATED, world.clock.instant(), "alice"));
    }

    @Test
    void anInvalidStandardIsRefusedWithEveryProblemAtItsPath() {
        assertThat(fieldsOf(() -> standards.create(new StandardDraft("", null, null, 0, true,
                new Check.NoOverdue(-1)), "alice"))).containsExactly("name", "severity", "weight", "check.graceDays");
        assertThat(standards.all()).isEmpty();
    }

    @Test
    void twoStandardsCannotShareANameIgnoringCase() {
        standards.create(StandardFixtures.noOverdueWork(), "alice");

        assertThat(fieldsOf(() -> standards.create(StandardFixtures.standard("NO OVERDUE WORK",
                new Check.NoOverdue(1)), "alice"))).containsExactly("name");
    }

    @Test
    void aStandardKeepsItsOwnNameOnUpdate() {
        Standard created = standards.create(StandardFixtures.noOverdueWork(), "alice");

        Standard saved = standards.update(created.id(), 1, StandardFixtures.standard("No overdue work",
                new Check.NoOverdue(30)), "bob");

        assertThat(saved.version()).isEqualTo(2);
        assertThat(standards.history(created.id())).extracting(AuditEntry::field, AuditEntry::newValue)
                .endsWith(tuple("check", "no-overdue: graceDays=30"));
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() {
        Standard created = standards.create(StandardFixtures.noOverdueWork(), "alice");

        Standard same = standards.update(created.id(), 1, StandardFixtures.noOverdueWork(), "bob");

        assertThat(same).isEqualTo(created);
        assertThat(standards.history(created.id())).hasSize(1);
    }

    @Test
    void anUpdateFromAStaleVersionIsRefused() {
        Standard created = standards.create(StandardFixtures.noOverdueWork(), "alice");
        standards.update(created.id(), 1, StandardFixtures.standard("Renamed", new Check.NoOverdue(7)), "bob");

        assertThatThrownBy(() -> standards.update(created.id(), 1, StandardFixtures.standard("Late",
                new Check.NoOverdue(7)), "alice")).isInstanceOf(StaleVersion.class);
    }

    @Test
    void updatingAStandardThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> standards.update(42, 1, StandardFixtures.noOverdueWork(), "alice"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aStandardInASetIsNotDeletedUntilTheSetNoLongerListsIt() {
        Standard standard = standards.create(StandardFixtures.noOverdueWork(), "alice");
        StandardSet set = standards.createSet(new StandardSetDraft("Delivery", null, List.of(standard.id()),
                SetScope.NONE), "alice");

        assertThatThrownBy(() -> standards.delete(standard.id(), OptionalInt.empty(), "bob"))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.errors().get(0).message())
                        .contains("Delivery"));

        standards.updateSet(set.id(), 1, new StandardSetDraft("Delivery", null, List.of(), SetScope.NONE), "bob");
        standards.delete(standard.id(), OptionalInt.of(1), "bob");
        assertThat(standards.find(standard.id())).isEmpty();
        assertThat(standards.history(standard.id())).extracting(AuditEntry::field).last()
                .isEqualTo(AuditEntry.DELETED);
    }

    @Test
    void aSetIsStoredWithItsStandardsAndScope() {
        Portfolio portfolio = world.digitalTransformation();
        Standard standard = standards.create(StandardFixtures.noOverdueWork(), "alice");
        SetScope scope = new SetScope(Set.of(portfolio.id()), Set.of(PLATFORM.id()), Set.of(ALPHA.id()));

        StandardSet set = standards.createSet(new StandardSetDraft(" Delivery ", "Basics", List.of(standard.id()),
                scope), "alice");

        assertThat(set.name()).isEqualTo("Delivery");
        assertThat(set.scope()).isEqualTo(scope);
        assertThat(standards.setHistory(set.id())).extracting(AuditEntry::entityType, AuditEntry::field)
                .containsExactly(tuple(StandardChanges.SET, AuditEntry.CREATED));
    }

    @Test
    void aSetMayOnlyListStandardsThatExistEachOnce() {
        Standard standard = standards.create(StandardFixtures.noOverdueWork(), "alice");

        assertThat(fieldsOf(() -> standards.createSet(new StandardSetDraft("S", null,
                List.of(standard.id(), 999L, standard.id()), SetScope.NONE), "alice")))
                .containsExactly("standardIds[1]", "standardIds[2]");
    }

    @Test
    void aSetScopeMayOnlyNamePortfoliosCategoriesAndProjectsThatExist() {
        assertThat(fieldsOf(() -> standards.createSet(new StandardSetDraft("S", null, List.of(),
                new SetScope(Set.of(77L), Set.of(99L), Set.of(1L))), "alice")))
                .containsExactly("scope.portfolioIds", "scope.categoryIds", "scope.projectIds");
    }

    @Test
    void aSetScopeAndMembershipAreBounded() {
        Set<Long> tooMany = Set.copyOf(LongStream.rangeClosed(1, Standards.MAX_SCOPE_IDS + 1).boxed().toList());
        List<Long> tooManyStandards = Collections.nCopies(StandardSet.MAX_STANDARDS + 1, 1L);

        assertThat(fieldsOf(() -> standards.createSet(new StandardSetDraft("S", null, tooManyStandards,
                new SetScope(tooMany, tooMany, tooMany)), "alice")))
                .containsExactly("standardIds", "scope.portfolioIds", "scope.categoryIds", "scope.projectIds");
    }

    @Test
    void aSetNeedsAUniqueName() {
        standards.createSet(new StandardSetDraft("Delivery", null, List.of(), null), "alice");

        assertThat(fieldsOf(() -> standards.createSet(new StandardSetDraft("delivery", "d".repeat(4001), null,
                null), "alice"))).containsExactly("description", "name");
    }

    @Test
    void aSetUpdateIsAuditedAndAStaleOneRefused() {
        Standard standard = standards.create(StandardFixtures.noOverdueWork(), "alice");
        StandardSet set = standards.createSet(new StandardSetDraft("Delivery", null, List.of(), null), "alice");
        world.clock.advance(Duration.ofMinutes(5));

        standards.updateSet(set.id(), 1, new StandardSetDraft("Delivery", null, List.of(standard.id()),
                new SetScope(Set.of(), Set.of(), Set.of(ALPHA.id()))), "bob");

        assertThat(standards.setHistory(set.id())).extracting(AuditEntry::field, AuditEntry::newValue,
                AuditEntry::actorKey).containsExactly(tuple(AuditEntry.CREATED, "Delivery", "alice"),
                tuple("standardIds", String.valueOf(standard.id()), "bob"),
                tuple("scope.projectIds", String.valueOf(ALPHA.id()), "bob"));
        assertThatThrownBy(() -> standards.updateSet(set.id(), 1, new StandardSetDraft("Other", null, null, null),
                "alice")).isInstanceOf(StaleVersion.class);
    }

    @Test
    void deletingASetKeepsItsStandardsAndRecordsTheDeletion() {
        Standard standard = standards.create(StandardFixtures.noOverdueWork(), "alice");
        StandardSet set = standards.createSet(new StandardSetDraft("Delivery", null, List.of(standard.id()), null),
                "alice");

        standards.deleteSet(set.id(), OptionalInt.of(1), "bob");

        assertThat(standards.allSets()).isEmpty();
        assertThat(standards.all()).extracting(Standard::id).containsExactly(standard.id());
        assertThat(standards.setHistory(set.id())).extracting(AuditEntry::field)
                .containsExactly(AuditEntry.CREATED, AuditEntry.DELETED);
    }
}
