package com.pmosuite.risk;

import com.pmosuite.shared.Page;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import org.junit.jupiter.api.Test;

import static com.pmosuite.testkit.RiskDraftFixture.aThreat;
import static org.assertj.core.api.Assertions.assertThat;

/** What a risk picker offers for typed text: the risk with that id first, then the titles that contain the text. */
class RiskLookUpTest {
    private final RiskRegister register = new RiskRegister(new InMemoryRiskStore(), new InMemoryRiskSettingsStore(),
            InMemoryPeople.withAliceBobAndCarol(), FixedClock.atStart());

    @Test
    void typedTextFindsTheTitlesThatContainItIgnoringCase() {
        Risk vendor = register.create("APOLLO", aThreat().withoutOwner().withTitle("Vendor slips").build(), "alice");
        register.create("APOLLO", aThreat().withoutOwner().withTitle("Budget cut").build(), "alice");

        Page<Risk> found = register.lookUp("APOLLO", "  SLIP ", 10);

        assertThat(found.items()).extracting(Risk::id).containsExactly(vendor.id());
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void aTypedIdPutsThatRiskFirstWithOrWithoutHash() {
        Risk budget = register.create("APOLLO", aThreat().withoutOwner().withTitle("Budget cut").build(), "alice");
        Risk numbered = register.create("APOLLO", aThreat().withoutOwner().withTitle("Release " + budget.id())
                .build(), "alice");

        Page<Risk> plain = register.lookUp("APOLLO", String.valueOf(budget.id()), 10);
        Page<Risk> hashed = register.lookUp("APOLLO", "#" + budget.id(), 10);

        assertThat(plain.items()).extracting(Risk::id).containsExactly(budget.id(), numbered.id());
        assertThat(plain.total()).isEqualTo(2);
        assertThat(hashed.items()).extracting(Risk::id).containsExactly(budget.id());
    }

    @Test
    void anIdOfAnotherProjectsRiskFindsNothing() {
        Risk elsewhere = register.create("GEMINI", aThreat().withoutOwner().withTitle("Elsewhere").build(), "alice");

        assertThat(register.lookUp("APOLLO", String.valueOf(elsewhere.id()), 10).items()).isEmpty();
    }

    @Test
    void aRiskFoundByItsIdAndByItsTitleIsCountedOnce() {
        Risk risk = register.create("APOLLO", aThreat().withoutOwner().withTitle("Phase").build(), "alice");
        register.update(risk.id(), 1, aThreat().withoutOwner().withTitle("Phase " + risk.id()).build(), "alice");
        Risk other = register.create("APOLLO", aThreat().withoutOwner().withTitle("Also " + risk.id()).build(),
                "alice");

        Page<Risk> found = register.lookUp("APOLLO", String.valueOf(risk.id()), 10);

        assertThat(found.items()).extracting(Risk::id).containsExactly(risk.id(), other.id());
        assertThat(found.total()).isEqualTo(2);
    }
}
