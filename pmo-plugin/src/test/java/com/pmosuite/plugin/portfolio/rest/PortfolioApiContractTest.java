package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.plugin.platform.rest.CurrentStateViews;
import com.pmosuite.plugin.platform.rest.PmoExceptionMapper;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioDraft;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.StaleVersion;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.FixedClock;
import com.pmosuite.testkit.InMemoryPeople;
import com.pmosuite.testkit.InMemoryPortfolioStore;
import com.pmosuite.testkit.InMemoryProjectCatalog;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.pmosuite.plugin.platform.rest.JsonContract.assertMatches;
import static com.pmosuite.plugin.platform.rest.JsonContract.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Pins every body of the portfolio API to a checked-in JSON file under {@code contract/}: what clients send is read
 * into the right draft, and what the resource writes has exactly the documented names, types, order and nulls. The
 * views are built as the resource builds them, from core records through {@link PortfolioViews}.
 */
class PortfolioApiContractTest {
    private Portfolios portfolios;
    private PortfolioViews views;

    @BeforeEach
    void createPortfolios() {
        InMemoryPeople people = InMemoryPeople.withAliceBobAndCarol();
        portfolios = new Portfolios(new InMemoryPortfolioStore(), InMemoryProjectCatalog.withFourProjects(), people,
                FixedClock.atStart());
        views = new PortfolioViews(portfolios, people);
    }

    private Portfolio stored() {
        return portfolios.create(PmoJson.read(text("portfolio-body.json"), PortfolioBody.class).toDraft(), "alice");
    }

    @Test
    void aPortfolioBodyIsReadIntoTheDraftFieldByField() {
        PortfolioBody body = PmoJson.read(text("portfolio-body.json"), PortfolioBody.class);

        PortfolioDraft.Thresholds strict = new PortfolioDraft.Thresholds("0.98", "0.9", "0.97", "0.88", "0.05",
                "0.15");
        assertThat(body.toDraft()).isEqualTo(new PortfolioDraft("Digital Transformation", "Modernise the platform",
                "alice", "#0052cc", new PortfolioDraft.Plan(null, "EUR", "2026-01-01", "2026-12-31", "80.00", null),
                List.of(new PortfolioDraft.ProgramDraft(null, "Platform", "Shared services", "bob",
                        new PortfolioDraft.Plan(null, null, null, null, "95.00", strict),
                        List.of(new PortfolioDraft.Entry(10000L,
                                        new PortfolioDraft.Plan("120000.00", null, null, null, null, null)),
                                new PortfolioDraft.Entry(10001L, null)))),
                List.of(new PortfolioDraft.Entry(10002L,
                        new PortfolioDraft.Plan("50000.00", "USD", "2026-03-01", "2026-09-30", null, null))),
                List.of(3L)));
        assertThat(body.version()).isEqualTo(4);
    }

    @Test
    void aPortfolioBodyHasExactlyTheContractsProperties() {
        assertMatches("portfolio-body.json", PmoJson.write(PmoJson.read(text("portfolio-body.json"),
                PortfolioBody.class)));
    }

    @Test
    void anEmptyBodyLeavesEveryFieldAbsent() {
        PortfolioBody body = PmoJson.read("{}", PortfolioBody.class);

        assertThat(body.toDraft()).isEqualTo(new PortfolioDraft(null, null, null, null, null, null, null, null));
        assertThat(body.version()).isNull();
    }

    @Test
    void idsSentAsStringsMustBeAsciiDigits() {
        assertThat(PmoJson.read("{\"projects\":[{\"projectId\":\"10002\"}]}", PortfolioBody.class)
                .projects().get(0).projectId()).isEqualTo(10002L);
        assertThat(catchThrowableOfType(ValidationFailed.class, () -> PmoJson.read(
                "{\"projects\":[{\"projectId\":\"\u0661\u0660\u0660\u0660\u0662\"}]}", PortfolioBody.class))
                .errors()).extracting(FieldError::field).containsExactly("projects[0].projectId");
    }

    @Test
    void aPortfolioIsWrittenAsTheContractSays() {
        assertMatches("portfolio.json", PmoJson.write(views.json(stored())));
    }

    @Test
    void aReaderWhoMayNotBrowseSomeProjectsGetsThemCountedNotShown() {
        Portfolio portfolio = stored();

        PortfolioJson shown = views.json(portfolio, id -> Set.of(10000L, 10002L).contains(id));

        assertThat(shown.hiddenProjects()).isEqualTo(2);
        assertThat(shown.programs().get(0).projects()).extracting(PortfolioJson.ProjectJson::projectKey)
                .containsExactly("ALPHA");
        assertThat(shown.categoryProjects()).isEmpty();
        assertMatches("portfolio-summary.json",
                PmoJson.write(List.of(views.summary(portfolio, id -> Set.of(10000L, 10002L).contains(id)))));
    }

    @Test
    void whatAGetAnswersReadsBackAsTheSameDraft() {
        Portfolio portfolio = stored();

        PortfolioBody sentBack = PmoJson.read(PmoJson.write(views.json(portfolio)), PortfolioBody.class);

        assertThat(sentBack.toDraft().validate(InMemoryPeople.withAliceBobAndCarol(),
                Set.of(10000L, 10001L, 10002L, 10003L), Set.of(1L, 2L, 3L))).isEqualTo(portfolio.fields());
    }

    @Test
    void theHistoryAndTheCatalogAreWrittenAsTheContractSays() {
        Portfolio portfolio = stored();
        PortfolioDraft renamed = PmoJson.read(PmoJson.write(views.json(portfolio)), PortfolioBody.class).toDraft();
        portfolios.update(portfolio.id(), 1, new PortfolioDraft("Digital Transformation 2027",
                renamed.description(), "bob", renamed.colour(), renamed.defaults(), renamed.programs(),
                renamed.projects(), renamed.categoryIds()), "bob");

        assertMatches("portfolio-history.json", PmoJson.write(views.history(portfolios.history(portfolio.id()))));
        assertMatches("portfolio-catalog.json", PmoJson.write(views.catalog()));
    }

    @Test
    void aStaleChangeAnswers409WithTheCurrentPortfolio() {
        Portfolio portfolio = stored();
        Response response = new PmoExceptionMapper(CurrentStateViews.builder()
                .view(Portfolio.class, views::json).build())
                .toResponse(new StaleVersion("Portfolio " + portfolio.id(), 0, portfolio));

        assertThat(response.getStatus()).isEqualTo(409);
        assertMatches("error-409-portfolio.json", (String) response.getEntity());
    }

    @Test
    void everyTopLevelFieldErrorNamesAPropertyOfTheBody() {
        PortfolioBody wrong = new PortfolioBody("", "\u0000", "nobody", "blue",
                new PlanBody("x", null, null, null, null, null),
                List.of(new ProgramBody(null, "", null, null, null, null)),
                List.of(new ProjectEntryBody(424242L, null)), List.of(99L), null);

        List<String> fields = catchThrowableOfType(ValidationFailed.class,
                () -> portfolios.create(wrong.toDraft(), "alice")).errors().stream().map(FieldError::field)
                .map(field -> field.split("[.\\[]")[0]).distinct().toList();

        List<String> properties = Arrays.stream(PortfolioBody.class.getRecordComponents()).map(c -> c.getName())
                .filter(name -> !name.equals("version")).toList();
        assertThat(fields).containsExactlyInAnyOrderElementsOf(properties);
    }
}
