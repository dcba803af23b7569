package com.pmosuite.plugin.portfolio.rest;

import com.pmosuite.portfolio.Portfolio;
import com.pmosuite.portfolio.PortfolioFields;
import com.pmosuite.portfolio.PortfolioMember;
import com.pmosuite.portfolio.Portfolios;
import com.pmosuite.portfolio.Program;
import com.pmosuite.portfolio.ProjectCatalog;
import com.pmosuite.shared.AuditEntry;
import com.pmosuite.shared.PeopleDirectory;
import com.pmosuite.shared.Person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Turns portfolios into their JSON views, with people's and projects' names, showing only projects the reader may. */
public final class PortfolioViews {
    private final Portfolios portfolios;
    private final PeopleDirectory people;

    public PortfolioViews(Portfolios portfolios, PeopleDirectory people) {
        this.portfolios = portfolios;
        this.people = people;
    }

    /** The whole portfolio, every project shown: for PMO admins, who edit it. */
    public PortfolioJson json(Portfolio portfolio) {
        return json(portfolio, id -> true);
    }

    /** The portfolio with only the projects {@code visible} admits; the others are counted in hiddenProjects. */
    public PortfolioJson json(Portfolio portfolio, LongPredicate visible) {
        PortfolioFields f = portfolio.fields();
        List<PortfolioMember> members = portfolios.members(portfolio);
        int hidden = (int) members.stream().filter(m -> !visible.test(m.projectId())).count();
        List<PortfolioMember> shown = members.stream().filter(m -> visible.test(m.projectId())).toList();
        List<PortfolioJson.ProgramJson> programs = new ArrayList<>();
        for (Program program : f.programs()) {
            programs.add(new PortfolioJson.ProgramJson(program.id(), program.name(), program.description(),
                    program.ownerKey(), nameOf(program.ownerKey()), PlanBody.of(program.defaults()),
                    projects(shown, m -> m.programId() == program.id())));
        }
        Map<Long, String> categoryNames = portfolios.catalog().categories().stream()
                .collect(Collectors.toMap(ProjectCatalog.Category::id, ProjectCatalog.Category::name, (a, b) -> a));
        List<PortfolioJson.CategoryJson> categories = f.categoryIds().stream()
                .filter(categoryNames::containsKey)
                .map(id -> new PortfolioJson.CategoryJson(id, categoryNames.get(id))).toList();
        return new PortfolioJson(portfolio.id(), f.name(), f.description(), f.ownerKey(), nameOf(f.ownerKey()),
                f.colour(), PlanBody.of(f.defaults()), programs,
                projects(shown, m -> m.programId() == 0 && m.joined() == PortfolioMember.Joined.EXPLICIT),
                f.categoryIds(), categories,
                projects(shown, m -> m.joined() == PortfolioMember.Joined.CATEGORY), hidden,
                portfolio.updatedBy(), nameOf(portfolio.updatedBy()), String.valueOf(portfolio.updatedAt()),
                portfolio.version());
    }

    private static List<PortfolioJson.ProjectJson> projects(List<PortfolioMember> members,
                                                            Predicate<PortfolioMember> where) {
        return members.stream().filter(where)
                .map(m -> new PortfolioJson.ProjectJson(m.projectId(), m.projectKey(), m.projectName(),
                        PlanBody.of(m.plan())))
                .toList();
    }

    /** The list entry of a portfolio for a reader who may browse the projects {@code visible} admits. */
    public PortfolioSummaryJson summary(Portfolio portfolio, LongPredicate visible) {
        List<PortfolioMember> members = portfolios.members(portfolio);
        int shown = (int) members.stream().filter(m -> visible.test(m.projectId())).count();
        PortfolioFields f = portfolio.fields();
        return new PortfolioSummaryJson(portfolio.id(), f.name(), f.description(), f.ownerKey(),
                nameOf(f.ownerKey()), f.colour(), f.programs().size(), shown, members.size() - shown,
                portfolio.version());
    }

    public List<PortfolioHistoryJson> history(List<AuditEntry> entries) {
        return entries.stream().map(e -> new PortfolioHistoryJson(e.version(), e.actorKey(), nameOf(e.actorKey()),
                e.at().toString(), e.field(), e.oldValue(), e.newValue())).toList();
    }

    /** Every project and category, by name, for the admin page's pickers. */
    public CatalogJson catalog() {
        ProjectCatalog catalog = portfolios.catalog();
        return new CatalogJson(
                catalog.projects().stream()
                        .sorted(Comparator.comparing(ProjectCatalog.Project::name)
                                .thenComparing(ProjectCatalog.Project::id))
                        .map(p -> new CatalogJson.ProjectJson(p.id(), p.key(), p.name(), p.categoryId())).toList(),
                catalog.categories().stream()
                        .sorted(Comparator.comparing(ProjectCatalog.Category::name)
                                .thenComparing(ProjectCatalog.Category::id))
                        .map(c -> new PortfolioJson.CategoryJson(c.id(), c.name())).toList());
    }

    private String nameOf(String userKey) {
        return userKey == null ? null : people.byKey(userKey).map(Person::displayName).orElse(userKey);
    }
}
