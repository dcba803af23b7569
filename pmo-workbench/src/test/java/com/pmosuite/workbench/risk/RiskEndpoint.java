package com.pmosuite.workbench.risk;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static com.pmosuite.workbench.risk.RiskFixtures.ADMIN;
import static com.pmosuite.workbench.risk.RiskFixtures.aRiskIn;
import static com.pmosuite.workbench.risk.RiskFixtures.edited;
import static com.pmosuite.workbench.risk.RiskFixtures.historyOf;
import static com.pmosuite.workbench.risk.RiskFixtures.risk;
import static com.pmosuite.workbench.risk.RiskFixtures.risksOf;

/**
 * Every endpoint of the risk REST API, what it needs from the caller, and a valid call of it in a given project.
 * Calls that need a risk first create a fresh one there as admin, so each call can succeed on its own.
 */
enum RiskEndpoint {
    LIST_RISKS("GET /projects/{key}/risks", Needs.BROWSE, 200, (client, project) -> client.get(risksOf(project))),
    CREATE_RISK("POST /projects/{key}/risks", Needs.EDIT, 201,
            (client, project) -> client.post(risksOf(project), RiskBody.threat("Authorization check"))),
    HEAT_MAP("GET /projects/{key}/risks/heatmap", Needs.BROWSE, 200,
            (client, project) -> client.get(risksOf(project) + "/heatmap")),
    SEARCH_RISKS("GET /projects/{key}/risks/search", Needs.BROWSE, 200,
            (client, project) -> client.get(risksOf(project) + "/search?query=risk")),
    EXPORT_CSV("GET /projects/{key}/risks.csv", Needs.BROWSE, 200,
            (client, project) -> client.get("projects/" + project + "/risks.csv")),
    IMPORT_CSV("POST /projects/{key}/risks/import", Needs.EDIT, 201,
            (client, project) -> client.postCsv(risksOf(project) + "/import",
                    "title,probability,impact\r\n" + RiskBody.uniqueTitle("Imported authorization check")
                            + ",2,2\r\n")),
    READ_SETTINGS("GET /projects/{key}/risk-settings", Needs.BROWSE, 200,
            (client, project) -> client.get(settingsOf(project))),
    // Saving the settings the project already has keeps the shared workbench as the other tests expect it.
    CHANGE_SETTINGS("PUT /projects/{key}/risk-settings", Needs.ADMINISTER, 200,
            (client, project) -> client.put(settingsOf(project), ADMIN.get(settingsOf(project)).json())),
    // A POST that writes nothing: reading the project is enough.
    PREVIEW_SETTINGS("POST /projects/{key}/risk-settings/preview", Needs.BROWSE, 200,
            (client, project) -> client.post(settingsOf(project) + "/preview",
                    Map.of("scale", 5, "mediumFrom", 4, "highFrom", 8, "criticalFrom", 16))),
    READ_SETTINGS_HISTORY("GET /projects/{key}/risk-settings/history", Needs.BROWSE, 200,
            (client, project) -> client.get(settingsOf(project) + "/history")),
    READ_RISK("GET /risks/{id}", Needs.BROWSE, 200, ofRisk((client, id) -> client.get(risk(id)))),
    UPDATE_RISK("PUT /risks/{id}", Needs.EDIT, 200, ofRisk((client, id) -> client.put(risk(id),
            edited(RiskFixtures.fetched(id), "description", "Edited by " + client.who())))),
    DELETE_RISK("DELETE /risks/{id}", Needs.EDIT, 204, ofRisk((client, id) -> client.delete(risk(id)))),
    READ_HISTORY("GET /risks/{id}/history", Needs.BROWSE, 200, ofRisk((client, id) -> client.get(historyOf(id))));

    /** What a caller must be allowed in the project. */
    enum Needs {
        /** Browse Projects. */
        BROWSE,
        /** Edit Issues, or PMO admin. */
        EDIT,
        /** Administer Projects, or PMO admin. */
        ADMINISTER
    }

    private final String label;
    private final Needs needs;
    private final int successStatus;
    private final BiFunction<PmoRestClient, String, PmoRestClient.Reply> call;

    RiskEndpoint(String label, Needs needs, int successStatus,
                 BiFunction<PmoRestClient, String, PmoRestClient.Reply> call) {
        this.label = label;
        this.needs = needs;
        this.successStatus = successStatus;
        this.call = call;
    }

    /** Calls the endpoint as {@code client}; for {@code /risks/{id}} endpoints, on a new risk of the project. */
    PmoRestClient.Reply callAs(PmoRestClient client, String projectKey) {
        return call.apply(client, projectKey);
    }

    /** For {@code /risks/{id}} endpoints, the same call on a given risk id. */
    PmoRestClient.Reply callOnRisk(PmoRestClient client, long id) {
        return switch (this) {
            case READ_RISK -> client.get(risk(id));
            case UPDATE_RISK -> client.put(risk(id), RiskBody.threat("Update of a given id").with("version", 1));
            case DELETE_RISK -> client.delete(risk(id));
            case READ_HISTORY -> client.get(historyOf(id));
            default -> throw new IllegalArgumentException(this + " does not address a risk by id");
        };
    }

    boolean addressesARisk() {
        return label.contains("{id}");
    }

    boolean isAChange() {
        return needs != Needs.BROWSE;
    }

    int successStatus() {
        return successStatus;
    }

    static Stream<RiskEndpoint> reads() {
        return Arrays.stream(values()).filter(e -> !e.isAChange());
    }

    static Stream<RiskEndpoint> changes() {
        return Arrays.stream(values()).filter(RiskEndpoint::isAChange);
    }

    static Stream<RiskEndpoint> changesOfRisks() {
        return Arrays.stream(values()).filter(e -> e.needs == Needs.EDIT);
    }

    static Stream<RiskEndpoint> byProjectKey() {
        return Arrays.stream(values()).filter(e -> !e.addressesARisk());
    }

    static Stream<RiskEndpoint> byRiskId() {
        return Arrays.stream(values()).filter(RiskEndpoint::addressesARisk);
    }

    @Override
    public String toString() {
        return label;
    }

    private static String settingsOf(String project) {
        return "projects/" + project + "/risk-settings";
    }

    private static BiFunction<PmoRestClient, String, PmoRestClient.Reply> ofRisk(
            BiFunction<PmoRestClient, Long, PmoRestClient.Reply> call) {
        return (client, project) -> {
            JsonNode risk = aRiskIn(project);
            return call.apply(client, risk.path("id").asLong());
        };
    }
}
