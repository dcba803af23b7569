package com.pmosuite.portfolio;

import java.util.List;
import java.util.Objects;

/**
 * Port: the host's projects and project categories, as portfolios need them. Read whole: Jira caches both, and a
 * portfolio's category membership is decided against the current list, so a project moved to another category
 * leaves or joins at once.
 */
public interface ProjectCatalog {

    /** Every project, in any order. */
    List<Project> projects();

    /** Every project category, in any order. */
    List<Category> categories();

    /**
     * One project.
     *
     * @param categoryId its project category, or {@code null} when it has none
     */
    record Project(long id, String key, String name, Long categoryId) {
        public Project {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }
    }

    /** One project category. */
    record Category(long id, String name) {
        public Category {
            Objects.requireNonNull(name, "name");
        }
    }
}
