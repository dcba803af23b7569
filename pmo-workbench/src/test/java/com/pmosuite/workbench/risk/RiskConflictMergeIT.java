package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.created;
import static com.pmosuite.workbench.risk.RiskFixtures.edited;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save based on an old version over HTTP: the 409 carries, next to the current risk, the version the sender read
 * and the three-way merge of the sent change onto the current one, so a script resolves it as the dialog does and
 * never reverts a colleague's change.
 */
class RiskConflictMergeIT {

    @Test
    void changesToDifferentFieldsMergeWithoutAConflictAndTheMergedBodySavesBoth() {
        JsonNode read = created(ADMIN, ALPHA, RiskBody.threat("Merge different fields"));
        String theirTitle = read.path("title").asText() + " (renamed by admin)";
        ADMIN.put(risk(idOf(read)), edited(read, "title", theirTitle));

        PmoRestClient.Reply stale = ALICE.put(risk(idOf(read)), edited(read, "description", "Alice's description"));

        assertThat(stale.status()).as("%s", stale).isEqualTo(409);
        JsonNode body = stale.json();
        assertThat(body.path("conflicts")).isEmpty();
        assertThat(body.path("base").path("version").asInt()).isEqualTo(1);
        assertThat(body.path("base").path("title").asText()).isEqualTo(read.path("title").asText());
        assertThat(body.path("merged").path("version").asInt()).isEqualTo(2);
        assertThat(body.path("merged").path("title").asText()).isEqualTo(theirTitle);
        assertThat(body.path("merged").path("description").asText()).isEqualTo("Alice's description");

        PmoRestClient.Reply saved = ALICE.put(risk(idOf(read)), body.path("merged"));

        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(fetched(idOf(read)).path("title").asText()).isEqualTo(theirTitle);
        assertThat(fetched(idOf(read)).path("description").asText()).isEqualTo("Alice's description");
        assertThat(fetched(idOf(read)).path("version").asInt()).isEqualTo(3);
    }

    @Test
    void aFieldBothChangedIsTheOnlyConflictWithAllThreeValues() {
        JsonNode read = created(ADMIN, ALPHA, RiskBody.threat("Merge same field").with("category", "Vendors"));
        ObjectNode theirs = edited(read, "title", "Admin's title");
        theirs.put("cause", "Admin's cause");
        ADMIN.put(risk(idOf(read)), theirs);
        ObjectNode mine = edited(read, "title", "Alice's title");
        mine.put("category", "Alice's category");

        JsonNode body = ALICE.put(risk(idOf(read)), mine).json();

        assertThat(body.path("conflicts")).hasSize(1);
        JsonNode conflict = body.path("conflicts").get(0);
        assertThat(conflict.path("field").asText()).isEqualTo("title");
        assertThat(conflict.path("yours").asText()).isEqualTo("Alice's title");
        assertThat(conflict.path("theirs").asText()).isEqualTo("Admin's title");
        assertThat(conflict.path("base").asText()).isEqualTo(read.path("title").asText());
        assertThat(body.path("merged").path("title").asText()).as("theirs until Alice decides")
                .isEqualTo("Admin's title");
        assertThat(body.path("merged").path("cause").asText()).isEqualTo("Admin's cause");
        assertThat(body.path("merged").path("category").asText()).isEqualTo("Alice's category");
        assertThat(fetched(idOf(read)).path("category").asText()).as("nothing saved by the 409").isEqualTo("Vendors");
    }

    @Test
    void linkedIssuesEachSideAddedAreBothKept() {
        JsonNode read = created(ADMIN, ALPHA, RiskBody.threat("Merge links")
                .with("linkedIssueKeys", List.of("ALPHA-1")));
        ObjectNode theirs = read.deepCopy();
        theirs.putArray("linkedIssueKeys").add("ALPHA-1").add("ALPHA-2");
        ADMIN.put(risk(idOf(read)), theirs);
        ObjectNode mine = read.deepCopy();
        mine.putArray("linkedIssueKeys").add("ALPHA-1").add("ALPHA-3");

        JsonNode body = ALICE.put(risk(idOf(read)), mine).json();

        assertThat(body.path("conflicts")).isEmpty();
        assertThat(body.path("merged").path("linkedIssueKeys")).extracting(JsonNode::asText)
                .containsExactly("ALPHA-1", "ALPHA-2", "ALPHA-3");
    }

    @Test
    void aVersionTheRiskNeverHadHasNoBaseAndEveryDifferenceIsAConflict() {
        JsonNode read = created(ADMIN, ALPHA, RiskBody.threat("Merge without base"));
        ObjectNode mine = edited(read, "title", "Alice's title");
        mine.put("version", 7);

        JsonNode body = ALICE.put(risk(idOf(read)), mine).json();

        assertThat(body.path("status").asInt()).isEqualTo(409);
        assertThat(body.path("base").isNull()).isTrue();
        assertThat(body.path("conflicts")).extracting(c -> c.path("field").asText()).containsExactly("title");
        assertThat(body.path("merged").path("version").asInt()).isEqualTo(1);
    }

    @Test
    void anInvalidChangeIsRefusedAsInvalidEvenWhenItIsAlsoStale() {
        JsonNode read = created(ADMIN, ALPHA, RiskBody.threat("Merge of an invalid change"));
        ADMIN.put(risk(idOf(read)), edited(read, "title", read.path("title").asText() + " (renamed)"));
        ObjectNode mine = edited(read, "title", "");

        PmoRestClient.Reply reply = ALICE.put(risk(idOf(read)), mine);

        // The draft is checked before the version: an invalid change is a 400, stale or not.
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
    }
}
