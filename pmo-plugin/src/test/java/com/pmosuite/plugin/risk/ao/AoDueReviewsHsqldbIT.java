package com.pmosuite.plugin.risk.ao;

import com.pmosuite.host.ao.AoDatabase;
import com.pmosuite.plugin.testsupport.TestDatabases;
import com.pmosuite.plugin.testsupport.TestProjects;
import com.pmosuite.risk.RiskStore;
import com.pmosuite.risk.reminder.DueReviews;
import com.pmosuite.risk.reminder.contract.DueReviewsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The AO overdue-review query passes the contract on HSQLDB, over risks the AO risk store wrote. */
class AoDueReviewsHsqldbIT extends DueReviewsContract {
    private AoDatabase database;
    private AoRiskStore store;
    private AoDueReviews dueReviews;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.hsqldb();
        TestProjects projects = new TestProjects();
        store = new AoRiskStore(database.activeObjects(), projects);
        dueReviews = new AoDueReviews(database.activeObjects(), projects);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected RiskStore store() {
        return store;
    }

    @Override
    protected DueReviews dueReviews() {
        return dueReviews;
    }
}
