package com.pmosuite.plugin.compliance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pmosuite.compliance.Check;
import com.pmosuite.compliance.FactField;
import com.pmosuite.compliance.Rule;
import com.pmosuite.compliance.RuleOperator;
import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The JSON form of checks and rules: round trips, the documented shape, and hostile input as 400s. */
class CheckJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static List<FieldError> problems(String text) throws Exception {
        JsonNode node = json(text);
        try {
            CheckJson.read(node, "check");
        } catch (ValidationFailed failed) {
            return failed.errors();
        }
        throw new AssertionError("expected the check to be refused: " + text);
    }

    @Test
    void everyKindOfCheckSurvivesARoundTrip() {
        for (StandardDraft draft : StandardFixtures.oneOfEveryKind()) {
            Check check = draft.check();
            assertThat(CheckJson.read(CheckJson.write(check), "check")).as(check.type()).isEqualTo(check);
            assertThat(CheckJson.fromStored(check.type(), CheckJson.storedParameters(check))).isEqualTo(check);
        }
    }

    @Test
    void aConditionIsWrittenAsDocumented() throws Exception {
        Check check = StandardFixtures.epicsHaveDueDates().check();

        assertThat(CheckJson.write(check)).isEqualTo(json("{'type':'condition','rule':{'type':'all','parts':["
                + "{'type':'clause','field':'hierarchy-level','operator':'equals','value':'epic'},"
                + "{'type':'any','parts':[{'type':'clause','field':'due','operator':'is-empty','value':null},"
                + "{'type':'clause','field':'due','operator':'less-than','value':'-14d'}]}]}}"));
    }

    @Test
    void parametersAreNamedFields() throws Exception {
        assertThat(CheckJson.read(json("{'type':'evm-indices','minSpi':'0.9'}"), "check"))
                .isEqualTo(new Check.EvmIndices(new java.math.BigDecimal("0.9"), null));
        assertThat(CheckJson.read(json("{'type':'field-set','issueTypeIds':[10001,'10002'],'field':'story-points'}"),
                "check")).isEqualTo(new Check.FieldSet(java.util.Set.of("10001", "10002"), FactField.STORY_POINTS));
        assertThat(CheckJson.write(new Check.RiskCare(com.pmosuite.risk.Severity.HIGH)))
                .isEqualTo(json("{'type':'risk-care','minimum':'high'}"));
    }

    @Test
    void anUnknownOrMissingTypeIsAFieldError() throws Exception {
        assertThat(problems("{'type':'telepathy'}")).extracting(FieldError::field).containsExactly("check.type");
        assertThat(problems("{'graceDays':3}")).extracting(FieldError::field).containsExactly("check.type");
        assertThat(problems("[1,2]")).extracting(FieldError::field).containsExactly("check");
        assertThat(problems("{'type':7}")).extracting(FieldError::field).containsExactly("check.type");
    }

    @Test
    void parametersOfTheWrongTypeAreFieldErrors() throws Exception {
        assertThat(problems("{'type':'no-overdue','graceDays':'seven'}")).extracting(FieldError::field)
                .containsExactly("check.graceDays");
        assertThat(problems("{'type':'no-overdue','graceDays':1.5}")).extracting(FieldError::field)
                .containsExactly("check.graceDays");
        assertThat(problems("{'type':'no-overdue','graceDays':99999999999}")).extracting(FieldError::field)
                .containsExactly("check.graceDays");
        assertThat(problems("{'type':'project-details','lead':'yes'}")).extracting(FieldError::field)
                .containsExactly("check.lead");
        assertThat(problems("{'type':'evm-indices','minSpi':'0,9','minCpi':true}")).extracting(FieldError::field)
                .containsExactly("check.minSpi", "check.minCpi");
        assertThat(problems("{'type':'issue-dates','issueTypeIds':'10000'}")).extracting(FieldError::field)
                .containsExactly("check.issueTypeIds");
        assertThat(problems("{'type':'jql','jql':['a']}")).extracting(FieldError::field)
                .containsExactly("check.jql");
    }

    @Test
    void ruleErrorsNameTheirPath() throws Exception {
        assertThat(problems("{'type':'condition','rule':{'type':'all','parts':[{'type':'clause','field':'due',"
                + "'operator':'less-than','value':'-1d'},{'type':'clause','field':'mood','operator':'like',"
                + "'value':3}]}}"))
                .extracting(FieldError::field)
                .containsExactly("check.rule.parts[1].field", "check.rule.parts[1].operator",
                        "check.rule.parts[1].value");
        assertThat(problems("{'type':'condition'}")).extracting(FieldError::field).containsExactly("check.rule");
        assertThat(problems("{'type':'condition','rule':{'type':'any'}}")).extracting(FieldError::field)
                .containsExactly("check.rule.parts");
    }

    @Test
    void deepNestingIsRefusedWithoutRecursingIntoIt() throws Exception {
        StringBuilder deep = new StringBuilder();
        int levels = 200;
        deep.append("{'type':'condition','rule':");
        deep.append("{'type':'all','parts':[".repeat(levels));
        deep.append("{'type':'clause','field':'due','operator':'is-empty'}");
        deep.append("]}".repeat(levels));
        deep.append('}');

        assertThat(problems(deep.toString())).extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("check.rule.parts[0].parts[0].parts[0].parts[0]",
                        "groups are nested more than " + Rule.MAX_DEPTH + " deep"));
    }

    @Test
    void hugeArraysAreRefusedBeforeTheirElementsAreRead() throws Exception {
        String clause = "{'type':'clause','field':'due','operator':'is-empty'}";
        String many = "{'type':'condition','rule':{'type':'any','parts':["
                + String.join(",", java.util.Collections.nCopies(10_000, clause)) + "]}}";
        assertThat(problems(many)).extracting(FieldError::field).containsExactly("check.rule.parts");

        String ids = "{'type':'issue-dates','start':true,'issueTypeIds':["
                + String.join(",", java.util.Collections.nCopies(100_000, "'1'")) + "]}";
        assertThat(problems(ids)).extracting(FieldError::field).containsExactly("check.issueTypeIds");
    }

    @Test
    void tooManyClausesAcrossGroupsAreRefused() throws Exception {
        String clause = "{'type':'clause','field':'due','operator':'is-empty'}";
        String group = "{'type':'all','parts':[" + String.join(",", java.util.Collections.nCopies(40, clause))
                + "]}";
        String rule = "{'type':'condition','rule':{'type':'any','parts':[" + group + "," + group + "," + group
                + "]}}";

        assertThat(problems(rule)).extracting(FieldError::field).hasSize(1).first().asString()
                .startsWith("check.rule.parts[2]");
    }

    @Test
    void aLongValueIsRefusedAtItsPath() throws Exception {
        String rule = "{'type':'condition','rule':{'type':'clause','field':'assignee','operator':'equals','value':'"
                + "x".repeat(Rule.MAX_VALUE_LENGTH + 1) + "'}}";
        assertThat(problems(rule)).extracting(FieldError::field).containsExactly("check.rule.value");
    }

    @Test
    void aClauseWithoutAValueReadsAsNull() throws Exception {
        assertThat(CheckJson.readRule(json("{'type':'clause','field':'resolved','operator':'is-not-empty'}"),
                "rule", new java.util.ArrayList<>()))
                .isEqualTo(new Rule.Clause(FactField.RESOLVED, RuleOperator.IS_NOT_EMPTY, null));
    }

    @Test
    void aDamagedStoredCheckIsAServerFaultNotAValidationError() {
        assertThatThrownBy(() -> CheckJson.fromStored("no-overdue", "{\"graceDays\":\"x\"}"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CheckJson.fromStored("no-overdue", "not json"))
                .isInstanceOf(IllegalStateException.class);
    }
}
