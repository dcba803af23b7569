package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.ALICE;
import static com.pmosuite.workbench.risk.RiskFixtures.ALPHA;
import static com.pmosuite.workbench.risk.RiskFixtures.BETA;
import static com.pmosuite.workbench.risk.RiskFixtures.allRisks;
import static com.pmosuite.workbench.risk.RiskFixtures.created;
import static com.pmosuite.workbench.risk.RiskFixtures.edited;
import static com.pmosuite.workbench.risk.RiskFixtures.fetched;
import static com.pmosuite.workbench.risk.RiskFixtures.historyOf;
import static com.pmosuite.workbench.risk.RiskFixtures.idOf;
import static com.pmosuite.workbench.risk.RiskFixtures.idsOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static com.pmosuite.workbench.risk.RiskFixtures.riskCount;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;
import static com.pmosuite.workbench.risk.RiskFixtures.scoringOf;
import static com.pmosuite.workbench.risk.RiskFixtures.titlesIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the risk register's endpoints do for a user who may use them, over real HTTP and Active Objects on the
 * shared demo workbench. Tests create their own risks with unique titles and never count the seeded ones.
 */
class RiskEndpointsBehaviourIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Nested
    class Creating {
        @Test
        void answers201WithTheLocationOfTheNewRisk() {
            PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), RiskBody.threat("Location"));

            assertThat(reply.status()).isEqualTo(201);
            URI expected = PmoRestClient.restBase().resolve("risks/" + idOf(reply.json()));
            assertThat(reply.header("Location")).contains(expected.toString());
        }

        @Test
        void theLocationServesTheRiskThatWasReturned() {
            PmoRestClient.Reply reply = ADMIN.post(risksOf(ALPHA), RiskBody.threat("Location serves"));

            String location = reply.header("Location").orElseThrow();
            PmoRestClient.Reply atLocation = ADMIN.get(PmoRestClient.restBase().relativize(URI.create(location))
                    .toString());

            assertThat(atLocation.status()).isEqualTo(200);
            assertThat(atLocation.json()).isEqualTo(reply.json());
        }

        @Test
        void returnsTheNewRiskAtVersionOneStampedWithItsCreator() {
            RiskBody body = RiskBody.threat("Stamped");

            JsonNode risk = created(ALICE, ALPHA, body);

            assertThat(risk.path("id").asLong()).isPositive();
            assertThat(risk.path("projectKey").asText()).isEqualTo(ALPHA);
            assertThat(risk.path("title").asText()).isEqualTo(body.title());
            assertThat(risk.path("version").asInt()).isEqualTo(1);
            assertThat(risk.path("createdBy").asText()).isEqualTo("alice");
            assertThat(risk.path("updatedBy").asText()).isEqualTo("alice");
            assertThat(risk.path("createdByName").asText()).isEqualTo("Alice Anders");
            assertThat(risk.path("createdAt").asText()).isEqualTo(risk.path("updatedAt").asText()).isNotBlank();
        }

        @Test
        void returnsEveryStoredAndComputedFieldEvenWhenEmpty() {
            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Full shape"));

            List<String> fields = new ArrayList<>();
            risk.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "projectKey", "title", "description", "category", "cause",
                    "effect", "kind", "probability", "impact", "score", "severity", "ownerKey", "ownerName", "status",
                    "strategy", "responsePlan", "contingencyPlan", "trigger", "proximityDate", "lastReviewDate",
                    "nextReviewDate", "reviewOverdue", "residualProbability", "residualImpact", "residualScore",
                    "residualSeverity", "costImpact", "expectedMonetaryValue", "residualExpectedMonetaryValue",
                    "linkedIssueKeys", "createdBy", "createdByName", "createdAt", "updatedBy", "updatedByName",
                    "updatedAt", "version");
        }

        @Test
        void scoresTheRiskAsProbabilityTimesImpactWithTheProjectsSeverity() {
            RiskFixtures.Scoring scoring = scoringOf(ALPHA);

            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Scored").with("probability", 4).with("impact", 5));

            assertThat(risk.path("score").asInt()).isEqualTo(4 * 5);
            assertThat(risk.path("severity").asText()).isEqualTo(scoring.severityOf(4 * 5));
        }

        @Test
        void scoresTheResidualAssessmentSeparately() {
            RiskFixtures.Scoring scoring = scoringOf(ALPHA);

            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Residual").with("probability", 4)
                    .with("impact", 5).with("residualProbability", 2).with("residualImpact", 3));

            assertThat(risk.path("residualScore").asInt()).isEqualTo(2 * 3);
            assertThat(risk.path("residualSeverity").asText()).isEqualTo(scoring.severityOf(2 * 3));
        }

        @Test
        void givesAThreatWithACostANegativeExpectedMonetaryValue() {
            RiskFixtures.Scoring scoring = scoringOf(ALPHA);

            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Costly threat").with("probability", 4)
                    .with("costImpact", "10000"));

            BigDecimal emv = new BigDecimal(risk.path("expectedMonetaryValue").asText());
            assertThat(emv).isNegative()
                    .isEqualByComparingTo(scoring.expectedMonetaryValue("threat", "10000", 4));
            assertThat(risk.path("costImpact").asText()).isEqualTo("10000.00");
        }

        @Test
        void givesAnOpportunityWithACostAPositiveExpectedMonetaryValue() {
            RiskFixtures.Scoring scoring = scoringOf(ALPHA);

            JsonNode risk = created(ADMIN, ALPHA, RiskBody.opportunity("Valuable opportunity").with("probability", 2)
                    .with("costImpact", "5000.50"));

            BigDecimal emv = new BigDecimal(risk.path("expectedMonetaryValue").asText());
            assertThat(emv).isPositive()
                    .isEqualByComparingTo(scoring.expectedMonetaryValue("opportunity", "5000.50", 2));
        }

        @Test
        void leavesTheExpectedMonetaryValueOutWhenThereIsNoCost() {
            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("No cost"));

            assertThat(risk.path("costImpact").isNull()).isTrue();
            assertThat(risk.path("expectedMonetaryValue").isNull()).isTrue();
        }
    }

    @Nested
    class Reading {
        @Test
        void returnsEveryFieldAsItWasSaved() {
            RiskBody body = everyField();
            JsonNode saved = created(ADMIN, ALPHA, body);

            JsonNode read = fetched(idOf(saved));

            assertThat(read).isEqualTo(saved);
            body.fields().forEach((field, value) ->
                    assertThat(read.path(field)).as(field).isEqualTo(PmoRestClient.JSON.valueToTree(value)));
        }

        @Test
        void namesTheOwner() {
            JsonNode saved = created(ADMIN, ALPHA, RiskBody.threat("Owned").with("ownerKey", "alice"));

            // The demo directory's display name of alice.
            assertThat(fetched(idOf(saved)).path("ownerName").asText()).isEqualTo("Alice Anders");
        }

        private RiskBody everyField() {
            return RiskBody.threat("Every field")
                    .with("description", "Round trip of every field")
                    .with("category", "Technical")
                    .with("cause", "A supplier changes its API")
                    .with("effect", "Integration breaks")
                    .with("probability", 4)
                    .with("impact", 5)
                    .with("ownerKey", "alice")
                    .with("status", "responding")
                    .with("strategy", "mitigate")
                    .with("responsePlan", "Contract tests")
                    .with("contingencyPlan", "Roll back")
                    .with("trigger", "Failing nightly build")
                    .with("proximityDate", TODAY.plusDays(30).toString())
                    .with("lastReviewDate", TODAY.minusDays(7).toString())
                    .with("nextReviewDate", TODAY.plusDays(7).toString())
                    .with("residualProbability", 2)
                    .with("residualImpact", 3)
                    .with("costImpact", "125000.50")
                    .with("linkedIssueKeys", List.of("ALPHA-1", "ALPHA-2"));
        }
    }

    @Nested
    class Listing {
        @Test
        void byStatusReturnsOnlyRisksInThatStatus() {
            long closed = idOf(created(ADMIN, BETA, RiskBody.threat("Closed one").with("status", "closed")));
            long open = idOf(created(ADMIN, BETA, RiskBody.threat("Open one").with("status", "open")));

            List<JsonNode> risks = allRisks(BETA, "status=closed");

            assertThat(risks).extracting(r -> r.path("status").asText()).containsOnly("closed");
            assertThat(idsOf(risks)).contains(closed).doesNotContain(open);
        }

        @Test
        void bySeveralStatusesReturnsRisksInAnyOfThem() {
            long closed = idOf(created(ADMIN, BETA, RiskBody.threat("Closed one").with("status", "closed")));
            long occurred = idOf(created(ADMIN, BETA, RiskBody.threat("Occurred one").with("status", "occurred")));
            long open = idOf(created(ADMIN, BETA, RiskBody.threat("Open one").with("status", "open")));

            List<JsonNode> commaSeparated = allRisks(BETA, "status=closed,occurred");
            List<JsonNode> repeated = allRisks(BETA, "status=closed&status=occurred");

            assertThat(commaSeparated).extracting(r -> r.path("status").asText()).containsOnly("closed", "occurred");
            assertThat(idsOf(commaSeparated)).contains(closed, occurred).doesNotContain(open);
            assertThat(idsOf(repeated)).isEqualTo(idsOf(commaSeparated));
        }

        @Test
        void bySeverityReturnsOnlyRisksOfThatSeverity() {
            long critical = idOf(created(ADMIN, BETA, RiskBody.threat("Critical one").with("probability", 5)
                    .with("impact", 5)));
            long low = idOf(created(ADMIN, BETA, RiskBody.threat("Low one").with("probability", 1).with("impact", 1)));

            List<JsonNode> risks = allRisks(BETA, "severity=critical");

            assertThat(risks).extracting(r -> r.path("severity").asText()).containsOnly("critical");
            assertThat(idsOf(risks)).contains(critical).doesNotContain(low);
        }

        @Test
        void byOwnerReturnsOnlyThatOwnersRisks() {
            long carols = idOf(created(ADMIN, BETA, RiskBody.threat("Carol's").with("ownerKey", "carol")));
            long alices = idOf(created(ADMIN, BETA, RiskBody.threat("Alice's").with("ownerKey", "alice")));

            List<JsonNode> risks = allRisks(BETA, "owner=carol");

            assertThat(risks).extracting(r -> r.path("ownerKey").asText()).containsOnly("carol");
            assertThat(idsOf(risks)).contains(carols).doesNotContain(alices);
        }

        @Test
        void isOrderedByScoreHighestFirstByDefault() {
            created(ADMIN, BETA, RiskBody.threat("Default order high").with("probability", 5).with("impact", 4));
            created(ADMIN, BETA, RiskBody.threat("Default order low").with("probability", 1).with("impact", 2));

            List<Integer> scores = allRisks(BETA, "").stream().map(r -> r.path("score").asInt()).toList();

            assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
        }

        @Test
        void sortedByTitleAscendingIsAlphabetical() {
            String prefix = RiskBody.uniqueTitle("Sorted");
            long b = idOf(created(ADMIN, BETA, RiskBody.threat("x").with("title", prefix + " b")));
            long a = idOf(created(ADMIN, BETA, RiskBody.threat("x").with("title", prefix + " A")));
            long c = idOf(created(ADMIN, BETA, RiskBody.threat("x").with("title", prefix + " c")));

            List<JsonNode> risks = allRisks(BETA, "sort=title&order=asc");

            assertThat(risks).extracting(r -> r.path("title").asText().toLowerCase(Locale.ROOT)).isSorted();
            assertThat(idsOf(risks)).containsSubsequence(a, b, c);
        }

        @Test
        void sortedByTitleDescendingIsReverseAlphabetical() {
            String prefix = RiskBody.uniqueTitle("Sorted");
            long b = idOf(created(ADMIN, BETA, RiskBody.threat("x").with("title", prefix + " b")));
            long a = idOf(created(ADMIN, BETA, RiskBody.threat("x").with("title", prefix + " A")));
            long c = idOf(created(ADMIN, BETA, RiskBody.threat("x").with("title", prefix + " c")));

            List<JsonNode> risks = allRisks(BETA, "sort=title&order=desc");

            assertThat(risks).extracting(r -> r.path("title").asText().toLowerCase(Locale.ROOT))
                    .isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(idsOf(risks)).containsSubsequence(c, b, a);
        }

        @Test
        void sortedByScoreAscendingBreaksTiesByIdSoPagesAreStable() {
            long first = idOf(created(ADMIN, BETA, RiskBody.threat("Tie").with("probability", 2).with("impact", 3)));
            long second = idOf(created(ADMIN, BETA, RiskBody.threat("Tie").with("probability", 3).with("impact", 2)));

            List<JsonNode> risks = allRisks(BETA, "sort=score&order=asc");

            assertThat(risks).isSortedAccordingTo(Comparator.<JsonNode>comparingInt(r -> r.path("score").asInt())
                    .thenComparingLong(r -> r.path("id").asLong()));
            assertThat(idsOf(risks)).containsSubsequence(first, second);
        }

        @Test
        void pagesTogetherListEveryRiskExactlyOnceWithTheTotal() {
            created(ADMIN, BETA, RiskBody.threat("Paged"));
            List<Long> everything = idsOf(allRisks(BETA, "sort=title"));

            List<Long> paged = new ArrayList<>();
            for (int offset = 0; offset < everything.size(); offset += 3) {
                PmoRestClient.Reply page = ADMIN.get(risksOf(BETA) + "?sort=title&limit=3&offset=" + offset);
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.json().path("offset").asInt()).isEqualTo(offset);
                assertThat(page.json().path("limit").asInt()).isEqualTo(3);
                assertThat(page.json().path("total").asLong()).isEqualTo(everything.size());
                assertThat(page.json().path("items").size()).isEqualTo(Math.min(3, everything.size() - offset));
                page.json().path("items").forEach(r -> paged.add(r.path("id").asLong()));
            }

            assertThat(paged).isEqualTo(everything);
        }

        @Test
        void anOffsetPastTheEndGivesAnEmptyPageWithTheTotal() {
            long total = riskCount(BETA);

            PmoRestClient.Reply page = ADMIN.get(risksOf(BETA) + "?offset=" + (total + 10));

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("items").isEmpty()).isTrue();
            assertThat(page.json().path("total").asLong()).isEqualTo(total);
        }
    }

    @Nested
    class HeatMap {
        @Test
        void aNewLiveRiskAddsOneToItsInherentCellAndOneToItsResidualCell() {
            Map<String, Integer> before = cellCounts(BETA);

            created(ADMIN, BETA, RiskBody.threat("On the map").with("probability", 2).with("impact", 5)
                    .with("residualProbability", 1).with("residualImpact", 3));

            assertThat(changes(before, cellCounts(BETA)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("inherent 2x5", 1, "residual 1x3", 1));
        }

        @Test
        void aRiskWithoutResidualAssessmentStaysInItsInherentCellOnTheResidualMap() {
            Map<String, Integer> before = cellCounts(BETA);

            created(ADMIN, BETA, RiskBody.threat("Not yet reduced").with("probability", 4).with("impact", 2));

            assertThat(changes(before, cellCounts(BETA)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("inherent 4x2", 1, "residual 4x2", 1));
        }

        @Test
        void aClosedRiskIsNotOnTheMap() {
            Map<String, Integer> before = cellCounts(BETA);

            created(ADMIN, BETA, RiskBody.threat("Closed, off the map").with("status", "closed"));

            assertThat(changes(before, cellCounts(BETA))).isEmpty();
        }

        @Test
        void hasACellForEveryProbabilityAndImpactWithItsSeverity() {
            RiskFixtures.Scoring scoring = scoringOf(BETA);

            JsonNode map = ADMIN.get(risksOf(BETA) + "/heatmap").json();

            assertThat(map.path("size").asInt()).isEqualTo(scoring.scale());
            for (String side : List.of("inherent", "residual")) {
                assertThat(map.path(side).size()).isEqualTo(scoring.scale() * scoring.scale());
                map.path(side).forEach(cell -> {
                    int score = cell.path("probability").asInt() * cell.path("impact").asInt();
                    assertThat(cell.path("score").asInt()).isEqualTo(score);
                    assertThat(cell.path("severity").asText()).isEqualTo(scoring.severityOf(score));
                });
            }
        }

        @Test
        void theListOfACellHoldsTheRisksTheMapCountsThere() {
            long moved = idOf(created(ADMIN, BETA, RiskBody.threat("Reduced to 1x2").with("probability", 5)
                    .with("impact", 5).with("residualProbability", 1).with("residualImpact", 2)));
            long unassessed = idOf(created(ADMIN, BETA, RiskBody.threat("Still 1x2").with("probability", 1)
                    .with("impact", 2)));
            long closed = idOf(created(ADMIN, BETA, RiskBody.threat("Closed 1x2").with("probability", 1)
                    .with("impact", 2).with("status", "closed")));

            List<JsonNode> residual = allRisks(BETA, "probability=1&impact=2&assessment=residual");
            List<JsonNode> inherent = allRisks(BETA, "probability=1&impact=2");

            assertThat(idsOf(residual)).contains(moved, unassessed).doesNotContain(closed);
            assertThat(idsOf(inherent)).contains(unassessed).doesNotContain(moved, closed);
            Map<String, Integer> counts = cellCounts(BETA);
            assertThat(residual).hasSize(counts.get("residual 1x2"));
            assertThat(inherent).hasSize(counts.get("inherent 1x2"));
        }

        private static Map<String, Integer> cellCounts(String projectKey) {
            PmoRestClient.Reply reply = ADMIN.get(risksOf(projectKey) + "/heatmap");
            assertThat(reply.status()).isEqualTo(200);
            Map<String, Integer> counts = new HashMap<>();
            for (String side : List.of("inherent", "residual")) {
                reply.json().path(side).forEach(cell -> counts.put(side + " " + cell.path("probability").asInt() + "x"
                        + cell.path("impact").asInt(), cell.path("count").asInt()));
            }
            return counts;
        }

        private static Map<String, Integer> changes(Map<String, Integer> before, Map<String, Integer> after) {
            assertThat(after.keySet()).isEqualTo(before.keySet());
            Map<String, Integer> changed = new HashMap<>();
            after.forEach((cell, count) -> {
                if (count - before.get(cell) != 0) {
                    changed.put(cell, count - before.get(cell));
                }
            });
            return changed;
        }
    }

    @Nested
    class Csv {
        private static final String HEADER = "id,title,description,category,cause,effect,kind,probability,impact,"
                + "score,severity,ownerKey,status,strategy,responsePlan,contingencyPlan,trigger,proximityDate,"
                + "lastReviewDate,nextReviewDate,residualProbability,residualImpact,residualScore,costImpact,"
                + "expectedMonetaryValue,linkedIssueKeys,createdBy,createdAt,updatedBy,updatedAt,version";

        @Test
        void theExportIsAnAttachmentStartingWithTheHeader() {
            PmoRestClient.Reply export = ADMIN.get("projects/" + ALPHA + "/risks.csv");

            assertThat(export.status()).isEqualTo(200);
            assertThat(export.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
            assertThat(export.header("Content-Disposition")).contains("attachment; filename=\"ALPHA-risks.csv\"");
            assertThat(export.body().lines().findFirst()).contains(HEADER);
        }

        @Test
        void theExportHasALineForANewRisk() {
            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Exported").with("probability", 2).with("impact", 4));

            List<String> lines = ADMIN.get("projects/" + ALPHA + "/risks.csv").body().lines().toList();

            assertThat(lines).filteredOn(line -> line.startsWith(idOf(risk) + ","))
                    .singleElement().asString()
                    .startsWith(idOf(risk) + "," + risk.path("title").asText() + ",")
                    .contains(",threat,2,4,8,")
                    .endsWith(",1");
        }

        @Test
        void importingTwoGoodRowsCreatesBothAndReturnsTheirIds() {
            String first = RiskBody.uniqueTitle("Imported first");
            String second = RiskBody.uniqueTitle("Imported second");

            PmoRestClient.Reply reply = ADMIN.postCsv(risksOf(ALPHA) + "/import",
                    "title,kind,probability,impact,ownerKey\r\n"
                            + first + ",threat,2,3,alice\r\n"
                            + second + ",opportunity,4,1,\r\n");

            assertThat(reply.status()).as("%s", reply).isEqualTo(201);
            assertThat(reply.json().path("rowsRead").asInt()).isEqualTo(2);
            List<Long> ids = new ArrayList<>();
            reply.json().path("createdIds").forEach(id -> ids.add(id.asLong()));
            assertThat(ids).hasSize(2);
            assertThat(ids.stream().map(id -> fetched(id))).extracting(
                            r -> r.path("projectKey").asText(), r -> r.path("title").asText(),
                            r -> r.path("kind").asText(), r -> r.path("score").asInt())
                    .containsExactly(tuple(ALPHA, first, "threat", 6), tuple(ALPHA, second, "opportunity", 4));
        }

        @Test
        void anImportWithOneBadRowImportsNothingAndNamesTheLine() {
            String good = RiskBody.uniqueTitle("Good row");
            long before = riskCount(ALPHA);

            PmoRestClient.Reply reply = ADMIN.postCsv(risksOf(ALPHA) + "/import",
                    "title,probability,impact\r\n"
                            + good + ",2,2\r\n"
                            + "Bad row,9,2\r\n"
                            + RiskBody.uniqueTitle("Another good row") + ",1,1\r\n");

            assertThat(reply.status()).as("%s", reply).isEqualTo(400);
            assertThat(reply.json().path("createdIds").isEmpty()).isTrue();
            assertThat(reply.json().path("errors")).extracting(e -> e.path("line").asInt(),
                    e -> e.path("field").asText()).containsExactly(tuple(3, "probability"));
            assertThat(riskCount(ALPHA)).isEqualTo(before);
            assertThat(titlesIn(ALPHA)).doesNotContain(good);
        }

        @Test
        void anImportListsTheProblemsOfEveryBadRow() {
            PmoRestClient.Reply reply = ADMIN.postCsv(risksOf(ALPHA) + "/import",
                    "title,probability,impact,status\r\n"
                            + ",2,2,open\r\n"
                            + RiskBody.uniqueTitle("Fine") + ",1,1,open\r\n"
                            + RiskBody.uniqueTitle("Not a number") + ",high,2,open\r\n"
                            + RiskBody.uniqueTitle("No such status") + ",1,2,sleeping\r\n");

            assertThat(reply.status()).as("%s", reply).isEqualTo(400);
            assertThat(reply.json().path("errors")).extracting(e -> e.path("line").asInt(),
                    e -> e.path("field").asText())
                    .containsExactly(tuple(2, "title"), tuple(4, "probability"), tuple(5, "status"));
        }

        @Test
        void aLineOfTheExportImportsAsACopyOfItsRisk() {
            JsonNode original = created(ADMIN, ALPHA, RiskBody.threat("Copied").with("probability", 5)
                    .with("impact", 2).with("ownerKey", "carol").with("costImpact", "750.25")
                    .with("strategy", "transfer").with("linkedIssueKeys", List.of("ALPHA-3")));
            List<String> lines = ADMIN.get("projects/" + ALPHA + "/risks.csv").body().lines().toList();
            String line = lines.stream().filter(l -> l.startsWith(idOf(original) + ",")).findFirst().orElseThrow();

            PmoRestClient.Reply reply = ADMIN.postCsv(risksOf(ALPHA) + "/import", lines.get(0) + "\r\n" + line);

            assertThat(reply.status()).as("%s", reply).isEqualTo(201);
            JsonNode copy = fetched(reply.json().path("createdIds").get(0).asLong());
            for (String field : List.of("title", "kind", "probability", "impact", "ownerKey", "status", "strategy",
                    "costImpact", "linkedIssueKeys", "severity", "expectedMonetaryValue")) {
                assertThat(copy.path(field)).as(field).isEqualTo(original.path(field));
            }
            assertThat(idOf(copy)).isNotEqualTo(idOf(original));
        }
    }

    @Nested
    class History {
        @Test
        void recordsTheCreationAndEveryChangedFieldWithActorAndOldAndNewValues() {
            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Tracked").with("probability", 3));
            ObjectNode change = edited(risk, "title", risk.path("title").asText() + " (renamed)");
            change.put("probability", 4);
            assertThat(ALICE.put(risk(idOf(risk)), change).status()).isEqualTo(200);

            PmoRestClient.Reply history = ADMIN.get(historyOf(idOf(risk)));

            assertThat(history.status()).isEqualTo(200);
            assertThat(history.json()).extracting(e -> e.path("version").asInt(), e -> e.path("actorKey").asText(),
                    e -> e.path("field").asText(), e -> e.path("oldValue").textValue(),
                    e -> e.path("newValue").textValue())
                    .containsExactly(
                            tuple(1, "admin", "created", null, risk.path("title").asText()),
                            tuple(2, "alice", "title", risk.path("title").asText(),
                                    risk.path("title").asText() + " (renamed)"),
                            tuple(2, "alice", "probability", "3", "4"));
        }

        @Test
        void namesTheActorOfEachChange() {
            JsonNode risk = created(ALICE, ALPHA, RiskBody.threat("Actor named"));

            JsonNode history = ADMIN.get(historyOf(idOf(risk))).json();

            // The demo directory's display name of alice.
            assertThat(history.get(0).path("actorName").asText()).isEqualTo("Alice Anders");
            assertThat(history.get(0).path("at").asText()).isEqualTo(risk.path("createdAt").asText());
        }

        @Test
        void savingARiskUnchangedKeepsItsVersionAndAddsNoHistory() {
            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Unchanged"));

            PmoRestClient.Reply reply = ADMIN.put(risk(idOf(risk)), risk);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("version").asInt()).isEqualTo(1);
            assertThat(ADMIN.get(historyOf(idOf(risk))).json().size()).isEqualTo(1);
        }
    }

    @Nested
    class Deleting {
        @Test
        void answers204AndTheRiskIsGone() {
            long id = idOf(created(ADMIN, ALPHA, RiskBody.threat("Deleted")));

            PmoRestClient.Reply reply = ALICE.delete(risk(id));

            assertThat(reply.status()).isEqualTo(204);
            assertThat(reply.body()).isEmpty();
            assertThat(ADMIN.get(risk(id)).status()).isEqualTo(404);
        }

        @Test
        void removesTheRiskFromTheList() {
            long id = idOf(created(ADMIN, ALPHA, RiskBody.threat("Deleted from list")));

            ADMIN.delete(risk(id));

            assertThat(idsOf(allRisks(ALPHA, ""))).doesNotContain(id);
        }

        @Test
        void keepsTheHistoryReadableWithTheDeletionLast() {
            JsonNode risk = created(ADMIN, ALPHA, RiskBody.threat("Deleted, remembered"));

            ALICE.delete(risk(idOf(risk)));
            PmoRestClient.Reply history = ALICE.get(historyOf(idOf(risk)));

            assertThat(history.status()).isEqualTo(200);
            assertThat(history.json()).extracting(e -> e.path("field").asText(), e -> e.path("actorKey").asText(),
                    e -> e.path("oldValue").textValue())
                    .containsExactly(tuple("created", "admin", null),
                            tuple("deleted", "alice", risk.path("title").asText()));
        }

        @Test
        void aSecondDeleteIsNotFound() {
            long id = idOf(created(ADMIN, ALPHA, RiskBody.threat("Deleted twice")));
            ADMIN.delete(risk(id));

            assertThat(ADMIN.delete(risk(id)).status()).isEqualTo(404);
        }
    }
}
