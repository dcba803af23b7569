package com.pmosuite.workbench.tracker;

import com.pmosuite.workbench.tracker.JqlQuery.And;
import com.pmosuite.workbench.tracker.JqlQuery.Or;
import com.pmosuite.workbench.tracker.JqlQuery.Sort;
import com.pmosuite.workbench.tracker.JqlQuery.Terminal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JQL subset's grammar: what it reads, and how it refuses what it does not, before any database is asked. */
class JqlParserTest {

    @Test
    void andBindsTighterThanOr() {
        JqlQuery query = JqlParser.parse("project = A OR project = B AND status = Done");

        assertThat(query.where()).isEqualTo(new Or(List.of(
                new Terminal("project", "=", List.of("A"), "project = A"),
                new And(List.of(new Terminal("project", "=", List.of("B"), "project = B"),
                        new Terminal("status", "=", List.of("Done"), "status = Done"))))));
    }

    @Test
    void parenthesesListsQuotedFieldsAndEmptinessAreRead() {
        JqlQuery query = JqlParser.parse("(project in (ALPHA, \"BETA\") OR \"Epic Link\" = ALPHA-1)"
                + " and resolution is not EMPTY order by id desc");

        And where = (And) query.where();
        Or first = (Or) where.clauses().get(0);
        assertThat(first.clauses().get(0)).isEqualTo(new Terminal("project", "in", List.of("ALPHA", "BETA"),
                "project in (ALPHA, \"BETA\")"));
        assertThat(((Terminal) first.clauses().get(1)).field()).isEqualTo("Epic Link");
        assertThat(where.clauses().get(1)).isEqualTo(new Terminal("resolution", "is not", List.of(),
                "resolution is not EMPTY"));
        assertThat(query.orderBy()).containsExactly(new Sort("id", true));
    }

    @Test
    void aBlankQueryHasNoCondition() {
        assertThat(JqlParser.parse("  ").where()).isNull();
        assertThat(JqlParser.parse("ORDER BY key").orderBy()).containsExactly(new Sort("key", false));
    }

    @Test
    void nestingDeeperThanTenLevelsIsRefused() {
        assertThat(JqlParser.parse("(".repeat(10) + "id = 1" + ")".repeat(10)).where()).isNotNull();
        assertThatThrownBy(() -> JqlParser.parse("(".repeat(11) + "id = 1" + ")".repeat(11)))
                .isInstanceOf(JqlException.class).hasMessageContaining("deeper than 10");
    }

    @Test
    void queriesLongerThanTwoThousandCharactersAreRefusedUnread() {
        assertThatThrownBy(() -> JqlParser.parse("x".repeat(2_001)))
                .isInstanceOf(JqlException.class).hasMessageContaining("2000");
    }

    @Test
    void thePartsOfJqlOutsideTheSubsetAreNamed() {
        assertThatThrownBy(() -> JqlParser.parse("NOT project = A")).hasMessageContaining("does not support NOT");
        assertThatThrownBy(() -> JqlParser.parse("summary ~ x")).hasMessageContaining("operator '~'");
        assertThatThrownBy(() -> JqlParser.parse("status WAS Done")).hasMessageContaining("history operator 'WAS'");
        assertThatThrownBy(() -> JqlParser.parse("assignee = currentUser()"))
                .hasMessageContaining("function 'currentUser()'");
    }

    @Test
    void malformedQueriesSayWhere() {
        assertThatThrownBy(() -> JqlParser.parse("project = ")).hasMessageContaining("character 11");
        assertThatThrownBy(() -> JqlParser.parse("project = \"A")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> JqlParser.parse("project = A B")).hasMessageContaining("Expecting either");
        assertThatThrownBy(() -> JqlParser.parse("project in (A, B")).hasMessageContaining("Expecting ')'");
    }

    @Test
    void aFunctionStandingForAListIsNamedNotMistakenForAMissingParenthesis() {
        assertThatThrownBy(() -> JqlParser.parse("sprint in openSprints()"))
                .hasMessageContaining("function 'openSprints()'");
    }

    @Test
    void aSurveyNamesEveryPartOutsideTheSubsetAndKeepsTheClausesItCanRead() {
        JqlParser.Survey survey = JqlParser.survey("NOT status = Done AND assignee = currentUser()"
                + " AND project = ALPHA OR summary ~ x OR status CHANGED BY carol AFTER -1w");

        assertThat(survey.unrunnable()).extracting(JqlException.Unrunnable::what).containsExactly("NOT",
                "the function 'currentUser()'", "the operator '~'", "the history operator 'CHANGED'");
        assertThat(survey.unrunnable().get(1).position()).isEqualTo(34);
        assertThat(survey.fieldsNotTried()).containsExactly("assignee", "summary", "status");
        assertThat(survey.query().where()).isEqualTo(new And(List.of(
                new Terminal("status", "=", List.of("Done"), "status = Done"),
                new Terminal("project", "=", List.of("ALPHA"), "project = ALPHA"))));
    }

    @Test
    void aSurveyStillRefusesMalformedQueries() {
        assertThatThrownBy(() -> JqlParser.survey("summary ~ ")).hasMessageContaining("character 11");
        assertThatThrownBy(() -> JqlParser.survey("x".repeat(2_001))).hasMessageContaining("2000");
    }

    @Test
    void longListsAreRefused() {
        String fiveHundredAndOne = String.join(",", java.util.Collections.nCopies(501, "1"));
        assertThatThrownBy(() -> JqlParser.parse("id in (" + fiveHundredAndOne + ")")).hasMessageContaining("500");
    }
}
