package com.pmosuite.plugin.risk.rest;

import com.pmosuite.plugin.platform.csv.SpreadsheetCsv;
import com.pmosuite.plugin.platform.rest.CurrentStateViews;
import com.pmosuite.plugin.platform.rest.PmoExceptionMapper;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.risk.ResponseStrategy;
import com.pmosuite.risk.Risk;
import com.pmosuite.risk.VersionedRiskSettings;
import com.pmosuite.risk.RiskDraft;
import com.pmosuite.risk.RiskFilter;
import com.pmosuite.risk.RiskKind;
import com.pmosuite.risk.RiskMatrix;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.RiskSort;
import com.pmosuite.risk.RiskStatus;
import com.pmosuite.risk.Severity;
import com.pmosuite.risk.SeverityBands;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.NotFound;
import com.pmosuite.shared.PageRequest;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryRiskSettingsStore;
import com.pmosuite.testkit.InMemoryRiskStore;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.pmosuite.plugin.platform.rest.JsonContract.assertMatches;
import static com.pmosuite.plugin.platform.rest.JsonContract.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Pins every body of the risk API to a checked-in JSON file under {@code contract/}: what clients send is read into
 * the right core values, and what the resource writes has exactly the documented names, types, order and nulls.
 * The bodies are built the way the resource builds them, from core records through {@link RiskViews}, so a rename on
 * either side that reaches the wire fails here.
 */
class RiskApiContractTest {
    private static final String PROJECT = "ALPHA";

    private InMemoryRiskSettingsStore settingsStore;
    private RiskRegister register;
    private RiskViews views;

    @BeforeEach
    void createRegister() {
        InMemoryPeople people = InMemoryPeople.withAliceBobAndCarol();
        settingsStore = new InMemoryRiskSettingsStore();
        register = new RiskRegister(new InMemoryRiskStore(), settingsStore, people, FixedClock.atStart());
        views = new RiskViews(register, people);
    }

    @Test
    void aRiskBodyIsReadIntoTheDraftFieldByField() {
        RiskBody body = PmoJson.read(text("risk-body.json"), RiskBody.class);

        assertThat(body.toDraft()).isEqualTo(new RiskDraft("Supplier delivers late", "Servers for the launch",
                "Supply chain", "Single supplier", "Launch slips", "threat", 4, 5, "bob", "responding", "mitigate",
                "Second supplier", "Rent servers", "Order not confirmed by 1 May", "2026-06-01", "2026-02-20",
                "2026-03-20", 2, 3, "125000.00", List.of("ALPHA-12", "ALPHA-15")));
        assertThat(body.version()).isEqualTo(3);
    }

    @Test
    void aRiskBodyHasExactlyTheContractsProperties() {
        assertMatches("risk-body.json", PmoJson.write(PmoJson.read(text("risk-body.json"), RiskBody.class)));
    }

    @Test
    void anEmptyRiskBodyLeavesEveryFieldAbsent() {
        RiskBody body = PmoJson.read("{}", RiskBody.class);

        assertThat(body.toDraft()).isEqualTo(new RiskDraft(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(body.version()).isNull();
    }

    @Test
    void everyFieldErrorOfARiskNamesAPropertyOfTheBody() {
        RiskBody wrong = new RiskBody("\u0000", "\u0000", "\u0000", "\u0000", "\u0000", "sideways", 9, 9,
                "nobody", "sleeping", "pray", "\u0000", "\u0000", "\u0000", "soon", "later", "never", 9, null,
                "1.500,00", List.of("not a key"), null);

        List<String> fields = catchThrowableOfType(ValidationFailed.class,
                () -> register.create(PROJECT, wrong.toDraft(), "alice")).errors().stream()
                .map(FieldError::field).distinct().toList();

        List<String> properties = Arrays.stream(RiskBody.class.getRecordComponents()).map(c -> c.getName())
                .filter(name -> !name.equals("version")).toList();
        assertThat(fields).containsExactlyInAnyOrderElementsOf(properties);
    }

    @Test
    void aRiskSettingsBodyIsReadIntoTheSettings() {
        RiskSettingsBody body = PmoJson.read(text("risk-settings-body.json"), RiskSettingsBody.class);

        assertThat(body.toSettings()).isEqualTo(new RiskSettings(new RiskMatrix(3), new SeverityBands(3, 6, 9)));
        assertThat(body.version()).isEqualTo(2);
        assertMatches("risk-settings-body.json", PmoJson.write(body));
    }

    @Test
    void everyFieldErrorOfTheSettingsNamesAPropertyOfTheBody() {
        assertThat(catchThrowableOfType(ValidationFailed.class,
                () -> new RiskSettingsBody(4, 1, 1, 1, 0).toSettings()).errors())
                .extracting(FieldError::field).containsExactly("scale");
        assertThat(catchThrowableOfType(ValidationFailed.class,
                () -> new RiskSettingsBody(5, 30, 20, 10, 0).toSettings()).errors())
                .extracting(FieldError::field).isNotEmpty()
                .allSatisfy(field -> assertThat(field).isIn("mediumFrom", "highFrom", "criticalFrom"));
    }

    @Test
    void aSettingsPreviewIsReadAndWrittenAsTheContractSays() {
        RiskSettingsPreviewBody body = PmoJson.read(text("risk-settings-preview-body.json"),
                RiskSettingsPreviewBody.class);

        assertThat(body.toSettings()).isEqualTo(new RiskSettings(new RiskMatrix(3), new SeverityBands(2, 4, 9)));
        assertMatches("risk-settings-preview-body.json", PmoJson.write(body));
        assertMatches("risk-settings-preview.json", PmoJson.write(views.preview(body.toSettings())));
    }

    @Test
    void aPreviewWithoutThresholdsShowsTheScalesDefaults() {
        RiskSettingsPreviewBody body = PmoJson.read("{\"scale\": 3}", RiskSettingsPreviewBody.class);

        assertThat(body.toSettings()).isEqualTo(new RiskSettings(new RiskMatrix(3), new SeverityBands(3, 6, 9)));
    }

    @Test
    void aPreviewIsRefusedWithTheFieldErrorsOfAPut() {
        for (String json : List.of("{\"scale\": 4, \"mediumFrom\": 1, \"highFrom\": 1, \"criticalFrom\": 1}",
                "{\"scale\": 5, \"mediumFrom\": 30, \"highFrom\": 20, \"criticalFrom\": 10}",
                "{\"scale\": 3, \"mediumFrom\": 3, \"highFrom\": 6, \"criticalFrom\": 20}",
                "{\"scale\": 5, \"mediumFrom\": null, \"highFrom\": 10, \"criticalFrom\": 20}",
                "{\"scale\": 5, \"mediumFrom\": \"five\", \"highFrom\": 10, \"criticalFrom\": 20}")) {
            String put = json.replace("}", ", \"version\": 0}");
            List<FieldError> previewErrors = catchThrowableOfType(ValidationFailed.class,
                    () -> PmoJson.read(json, RiskSettingsPreviewBody.class).toSettings()).errors();
            List<FieldError> putErrors = catchThrowableOfType(ValidationFailed.class,
                    () -> PmoJson.read(put, RiskSettingsBody.class).toSettings()).errors();

            assertThat(previewErrors).as(json).isNotEmpty().isEqualTo(putErrors);
        }
    }

    @Test
    void aRiskWithEveryFieldIsWrittenAsTheContractSays() {
        assertMatches("risk.json", PmoJson.write(views.json(fullRisk())));
    }

    @Test
    void aRiskWithOnlyTheRequiredFieldsWritesEveryAbsentValueAsNull() {
        Risk risk = register.create(PROJECT, new RiskDraft("Bare", null, null, null, null, null, 2, 2, null, null,
                null, null, null, null, null, null, null, null, null, null, null), "alice");

        assertMatches("risk-minimal.json", PmoJson.write(views.json(risk)));
    }

    @Test
    void aPageOfRisksIsWrittenAsTheContractSays() {
        fullRisk();

        assertMatches("risk-page.json", PmoJson.write(views.page(
                register.list(PROJECT, RiskFilter.ALL, new PageRequest(0, 10)), register.settings(PROJECT), "EUR")));
    }

    @Test
    void aRisksHistoryIsWrittenAsTheContractSays() {
        Risk risk = fullRisk();
        String changed = text("risk-body.json").replace("\"Supplier delivers late\"", "\"Supplier delivers very late\"")
                .replace("\"ownerKey\": \"bob\"", "\"ownerKey\": \"carol\"");
        register.update(risk.id(), risk.version(), PmoJson.read(changed, RiskBody.class).toDraft(), "bob");

        assertMatches("risk-history.json", PmoJson.write(views.history(register.history(risk.id()))));
    }

    @Test
    void aHeatMapIsWrittenAsTheContractSays() {
        settingsStore.use(PROJECT, new RiskSettings(new RiskMatrix(3), new SeverityBands(3, 6, 9)));
        register.create(PROJECT, new RiskDraft("Cell", null, null, null, null, null, 3, 2, null, null, null, null,
                null, null, null, null, null, 1, 1, null, null), "alice");

        assertMatches("risk-heatmap.json", PmoJson.write(views.heatMap(register.heatMap(PROJECT),
                register.settings(PROJECT))));
    }

    @Test
    void settingsAreWrittenAsTheContractSays() {
        register.updateSettings(PROJECT, 0, new RiskSettings(new RiskMatrix(3), new SeverityBands(3, 6, 9)), "alice");

        assertMatches("risk-settings.json", PmoJson.write(views.settings(register.versionedSettings(PROJECT))));
    }

    @Test
    void theSettingsHistoryIsWrittenAsTheContractSays() {
        register.updateSettings(PROJECT, 0, new RiskSettings(new RiskMatrix(3), new SeverityBands(3, 6, 9)), "alice");

        assertMatches("risk-settings-history.json",
                PmoJson.write(views.auditHistory(register.settingsHistory(PROJECT))));
    }

    @Test
    void anImportThatCreatedRisksIsWrittenAsTheContractSays() {
        assertMatches("import-created.json", PmoJson.write(ImportJson.of(register.importCsv(PROJECT,
                SpreadsheetCsv.read("title,probability,impact\r\nFirst,1,2\r\nSecond,3,4\r\n", ',',
                        RiskResource.OWN_FORMAT),
                "alice"))));
    }

    @Test
    void anImportThatWasRefusedIsWrittenAsTheContractSays() {
        assertMatches("import-refused.json", PmoJson.write(ImportJson.of(register.importCsv(PROJECT,
                SpreadsheetCsv.read("title,probability,impact\r\nFirst,1,2\r\n,9,4\r\n", ',', RiskResource.OWN_FORMAT),
                "alice"))));
    }

    @Test
    void aValidationErrorIsWrittenAsTheContractSays() {
        assertMatches("error-400.json", errorBody(new ValidationFailed(List.of(
                new FieldError("probability", "must be between 1 and 5"),
                new FieldError("strategy", "'exploit' is not a response to a threat")))));
    }

    @Test
    void aMissingRiskIsWrittenAsTheContractSays() {
        assertMatches("error-404.json", errorBody(new NotFound("Risk 42")));
    }

    @Test
    void aConflictCarriesTheRiskAsTheContractSays() {
        assertMatches("error-409-risk.json", errorBody(new StaleVersion("Risk 1", 1, fullRisk())));
    }

    @Test
    void aStaleSaveCarriesTheCurrentRiskAndTheMergeOfTheSentChangeAsTheContractSays() {
        Risk risk = fullRisk();
        String theirs = text("risk-body.json").replace("\"Supplier delivers late\"", "\"Supplier delivers very late\"")
                .replace("\"ownerKey\": \"bob\"", "\"ownerKey\": \"carol\"");
        register.update(risk.id(), risk.version(), PmoJson.read(theirs, RiskBody.class).toDraft(), "bob");
        String mine = text("risk-body.json").replace("\"Supplier delivers late\"", "\"Supplier is late\"")
                .replace("\"Servers for the launch\"", "\"Servers and racks for the launch\"")
                .replace("\"ALPHA-15\"]", "\"ALPHA-15\", \"ALPHA-16\"]");
        RiskBody sent = PmoJson.read(mine, RiskBody.class);
        StaleVersion stale = catchThrowableOfType(StaleVersion.class,
                () -> register.update(risk.id(), risk.version(), sent.toDraft(), "alice"));

        String body = PmoJson.write(views.conflict(stale.getMessage(), (Risk) stale.current(), risk.version(),
                sent.toDraft().validate(register.settings(PROJECT), register.today(),
                        InMemoryPeople.withAliceBobAndCarol())));

        assertMatches("error-409-risk-merge.json", body);
    }

    @Test
    void conflictingValuesKeepTheirJsonTypesAndAnUnknownBaseIsNull() throws Exception {
        Risk risk = fullRisk();
        register.update(risk.id(), risk.version(), PmoJson.read(text("risk-body.json").replace("\"probability\": 4",
                "\"probability\": 2"), RiskBody.class).toDraft(), "bob");
        RiskBody sent = PmoJson.read(text("risk-body.json").replace("\"probability\": 4", "\"probability\": 5"),
                RiskBody.class);
        Risk current = register.get(risk.id());

        JsonNode known = new ObjectMapper().readTree(PmoJson.write(views.conflict("stale", current, 1,
                sent.toDraft().validate(register.settings(PROJECT), register.today(),
                        InMemoryPeople.withAliceBobAndCarol()))));
        JsonNode unknown = new ObjectMapper().readTree(PmoJson.write(views.conflict("stale", current, 9,
                sent.toDraft().validate(register.settings(PROJECT), register.today(),
                        InMemoryPeople.withAliceBobAndCarol()))));

        assertThat(known.path("conflicts").get(0).toString())
                .isEqualTo("{\"field\":\"probability\",\"yours\":5,\"theirs\":2,\"base\":4}");
        assertThat(unknown.path("base").isNull()).isTrue();
        assertThat(unknown.path("conflicts").get(0).toString())
                .isEqualTo("{\"field\":\"probability\",\"yours\":5,\"theirs\":2,\"base\":null}");
    }

    @Test
    void aStaleSavesConflictBeginsAsEveryOtherConflictOfARisk() throws Exception {
        Risk risk = fullRisk();
        register.update(risk.id(), risk.version(), PmoJson.read(text("risk-body.json").replace("\"Rent servers\"",
                "\"Rent more servers\""), RiskBody.class).toDraft(), "bob");
        StaleVersion stale = catchThrowableOfType(StaleVersion.class, () -> register.update(risk.id(),
                risk.version(), PmoJson.read(text("risk-body.json"), RiskBody.class).toDraft(), "alice"));
        ObjectMapper json = new ObjectMapper();

        JsonNode merged = json.readTree(PmoJson.write(views.conflict(
                stale.getMessage(), (Risk) stale.current(), risk.version(), risk.fields())));
        JsonNode shared = json.readTree(errorBody(stale));

        assertThat(merged.path("status")).isEqualTo(shared.path("status"));
        assertThat(merged.path("message")).isEqualTo(shared.path("message"));
        assertThat(merged.path("current")).isEqualTo(shared.path("current"));
        assertThat(merged.path("conflicts")).isEmpty();
        assertThat(merged.path("merged").path("contingencyPlan").asText()).isEqualTo("Rent more servers");
    }

    @Test
    void aConflictCarriesTheSettingsAsTheContractSays() {
        assertMatches("error-409-settings.json", errorBody(new StaleVersion("The risk settings of ALPHA", 0,
                register.versionedSettings(PROJECT))));
    }

    @Test
    void aConflictOverADeletedRiskCarriesNoCurrentState() {
        assertMatches("error-409-deleted.json", errorBody(new StaleVersion("Risk 1", 1, null)));
    }

    @Test
    void aConflictOverARecordWithoutARestViewIsNotWrittenAsItIs() {
        record Unmapped(int version) {
        }

        String body = errorBody(new StaleVersion("Unmapped 1", 2, new Unmapped(3)));

        assertThat(body).contains("\"status\":409").doesNotContain("\"version\":3");
    }

    @Test
    void enumerationsAreSpelledAsTheContractSays() {
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        spellings.put("kind", spellings(RiskKind.class));
        spellings.put("status", spellings(RiskStatus.class));
        spellings.put("strategy", spellings(ResponseStrategy.class));
        spellings.put("severity", spellings(Severity.class));
        spellings.put("sort", spellings(RiskSort.class));

        assertMatches("enumerations.json", new ObjectMapper().valueToTree(spellings).toString());
    }

    private static List<String> spellings(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Names::of).toList();
    }

    private String errorBody(RuntimeException failure) {
        Response response = new PmoExceptionMapper(CurrentStateViews.builder()
                .view(Risk.class, views::json).view(VersionedRiskSettings.class, views::settings).build()).toResponse(failure);
        return (String) response.getEntity();
    }

    private Risk fullRisk() {
        RiskBody body = PmoJson.read(text("risk-body.json"), RiskBody.class);
        return register.create(PROJECT, body.toDraft(), "alice");
    }
}
