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
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static com.pmosuite.testkit.InMemoryProjectCatalog.ALPHA;
import static com.pmosuite.testkit.InMemoryProjectCatalog.PLATFORM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Export and import of standards: a round trip, an import that changes nothing, a diff, a stale apply. */
class StandardsInterchangeTest {
    private final StandardsWorld source = new StandardsWorld();

    /** A PMO's standards: one set over a portfolio, a category and a project, and a standard in no set. */
    private StandardsDocument exported() {
        Portfolio portfolio = source.digitalTransformation();
        Standards standards = source.standards;
        List<Long> ids = new ArrayList<>();
        for (StandardDraft draft : StandardFixtures.oneOfEveryKind()) {
            ids.add(standards.create(draft, "alice").id());
        }
        standards.create(StandardFixtures.projectHasALead(), "alice");
        standards.createSet(new StandardSetDraft("Delivery basics", "What every project keeps", ids,
                new SetScope(Set.of(portfolio.id()), Set.of(PLATFORM.id()), Set.of(ALPHA.id()))), "alice");
        return standards.exportAll();
    }

    private static StandardsWorld target() {
        StandardsWorld target = new StandardsWorld();
        target.digitalTransformation();
        return target;
    }

    @Test
    void anExportHoldsEachSetWithItsStandardsAndScopeByName() {
        StandardsDocument document = exported();

        assertThat(document.sets()).hasSize(1);
        StandardsDocument.SetEntry set = document.sets().get(0);
        assertThat(set.standards()).containsExactlyElementsOf(StandardFixtures.oneOfEveryKind());
        assertThat(set.scope()).isEqualTo(new StandardsDocument.ScopeNames(List.of("Digital Transformation"),
                List.of("Platform"), List.of("ALPHA")));
        assertThat(document.standards()).containsExactly(StandardFixtures.projectHasALead());
    }

    @Test
    void importingIntoAnEmptyInstanceCreatesEverythingInOneAuditedStep() {
        StandardsDocument document = exported();
        StandardsWorld target = target();

        ImportPlan plan = target.standards.planImport(document);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.standards()).extracting(ImportPlan.Item::action).containsOnly(ImportPlan.Action.CREATE)
                .hasSize(13);
        assertThat(plan.sets()).extracting(ImportPlan.Item::name, ImportPlan.Item::action)
                .containsExactly(tuple("Delivery basics", ImportPlan.Action.CREATE));
        assertThat(target.standards.all()).isEmpty();

        target.standards.applyImport(plan, "bob");

        assertThat(target.standards.exportAll()).isEqualTo(document);
        StandardSet set = target.standards.allSets().get(0);
        assertThat(target.standards.setHistory(set.id())).extracting(AuditEntry::field, AuditEntry::actorKey)
                .containsExactly(tuple(AuditEntry.CREATED, "bob"));
        for (Standard standard : target.standards.all()) {
            assertThat(target.standards.history(standard.id())).extracting(AuditEntry::field)
                    .containsExactly(AuditEntry.CREATED);
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        StandardsDocument document = exported();

        ImportPlan plan = source.standards.planImport(document);

        assertThat(plan.standards()).extracting(ImportPlan.Item::action).containsOnly(ImportPlan.Action.UNCHANGED);
        assertThat(plan.sets()).extracting(ImportPlan.Item::action).containsOnly(ImportPlan.Action.UNCHANGED);
        assertThat(plan.changesNothing()).isTrue();
        String before = source.standards.fingerprint();
        source.standards.applyImport(plan, "bob");
        assertThat(source.standards.fingerprint()).isEqualTo(before);
    }

    @Test
    void anEditedFileListsTheChangedFieldsAndApplyingWritesThem() {
        StandardsDocument document = exported();
        StandardsDocument.SetEntry set = document.sets().get(0);
        List<StandardDraft> members = new ArrayList<>(set.standards());
        StandardDraft first = members.get(0);
        members.set(0, new StandardDraft(first.name(), first.rationale(), first.severity(), 55, false,
                first.check()));
        members.remove(1);
        members.add(StandardFixtures.standard("Brand new", new Check.RiskReview(60)));
        StandardsDocument edited = new StandardsDocument(List.of(new StandardsDocument.SetEntry(
                "Delivery basics", "Edited", new StandardsDocument.ScopeNames(List.of(), List.of("Platform"),
                List.of("ALPHA")), members)), document.standards());

        ImportPlan plan = source.standards.planImport(edited);

        assertThat(plan.standards()).filteredOn(i -> i.action() != ImportPlan.Action.UNCHANGED)
                .extracting(ImportPlan.Item::name, ImportPlan.Item::action, ImportPlan.Item::changedFields)
                .containsExactly(tuple(first.name(), ImportPlan.Action.CHANGE, List.of("weight", "enabled")),
                        tuple("Brand new", ImportPlan.Action.CREATE, List.of()));
        assertThat(plan.sets()).extracting(ImportPlan.Item::action, ImportPlan.Item::changedFields)
                .containsExactly(tuple(ImportPlan.Action.CHANGE,
                        List.of("description", "standards", "scope.portfolioIds")));

        source.standards.applyImport(plan, "bob");

        assertThat(source.standards.planImport(edited).changesNothing()).isTrue();
        // The standard the file dropped from the set is still there: imports never delete.
        assertThat(source.standards.all()).extracting(Standard::name).contains(members.get(0).name(),
                StandardFixtures.oneOfEveryKind().get(1).name());
    }

    @Test
    void anApplyAfterSomeoneChangedAStandardIsRefusedAndWritesNothing() {
        StandardsDocument document = exported();
        StandardsWorld target = target();
        ImportPlan plan = target.standards.planImport(document);
        target.standards.create(StandardFixtures.noOverdueWork(), "carol");

        assertThatThrownBy(() -> target.standards.applyImport(plan, "bob")).isInstanceOf(StaleVersion.class);

        assertThat(target.standards.all()).extracting(Standard::name).containsExactly("No overdue work");
        assertThat(target.standards.allSets()).isEmpty();
    }

    @Test
    void unknownNamesAndInvalidStandardsAreProblemsAtTheirPathInTheFile() {
        StandardsDocument document = new StandardsDocument(List.of(new StandardsDocument.SetEntry("S", null,
                new StandardsDocument.ScopeNames(List.of("Nowhere"), List.of("Platform", "Mars"), List.of("ZETA")),
                List.of(StandardFixtures.noOverdueWork(), StandardFixtures.standard("Bad", new Check.NoOverdue(-1))))),
                List.of(StandardFixtures.standard("Worse", new Check.Jql("bogus = 1"))));

        ImportPlan plan = target().standards.planImport(document);

        assertThat(plan.isApplicable()).isFalse();
        assertThat(plan.problems()).extracting(FieldError::field).containsExactly(
                "sets[0].standards[1].check.graceDays", "standards[0].check.jql", "sets[0].scope.portfolios[0]",
                "sets[0].scope.categories[1]", "sets[0].scope.projects[0]");
        assertThatThrownBy(() -> target().standards.applyImport(plan, "bob")).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aStandardGivenTwiceWithDifferentContentIsAProblem() {
        StandardDraft once = StandardFixtures.noOverdueWork();
        StandardDraft differently = StandardFixtures.standard(once.name(), new Check.NoOverdue(99));
        StandardsDocument document = new StandardsDocument(List.of(
                new StandardsDocument.SetEntry("A", null, StandardsDocument.ScopeNames.NONE, List.of(once)),
                new StandardsDocument.SetEntry("B", null, StandardsDocument.ScopeNames.NONE, List.of(once))),
                List.of(differently));

        assertThat(target().standards.planImport(document).problems()).extracting(FieldError::field)
                .containsExactly("standards[0].name");
    }

    @Test
    void aFileWithTooManyStandardsIsRefusedBeforeAnyIsRead() {
        StandardsDocument document = new StandardsDocument(List.of(), Collections.nCopies(
                StandardsDocument.MAX_STANDARDS + 1, StandardFixtures.noOverdueWork()));

        assertThat(target().standards.planImport(document).problems()).extracting(FieldError::field)
                .containsExactly("standards");
    }
}
