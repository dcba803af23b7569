package com.pmosuite.plugin.risk.ao;

/** Column names as AO's Atlassian naming makes them from the entity getters (getProjectKey -> PROJECT_KEY). */
final class RiskColumns {
    static final String ID = "ID";
    static final String PROJECT_ID = "PROJECT_ID";
    static final String PROJECT_KEY = "PROJECT_KEY";
    static final String TITLE = "TITLE";
    static final String KIND = "KIND";
    static final String PROBABILITY = "PROBABILITY";
    static final String IMPACT = "IMPACT";
    static final String SCORE = "SCORE";
    static final String OWNER_KEY = "OWNER_KEY";
    static final String STATUS = "STATUS";
    static final String CREATED_BY = "CREATED_BY";
    static final String CREATED_AT = "CREATED_AT";
    static final String UPDATED_BY = "UPDATED_BY";
    static final String UPDATED_AT = "UPDATED_AT";
    static final String VERSION = "VERSION";
    static final String RISK_ID = "RISK_ID";
    static final String ISSUE_KEY = "ISSUE_KEY";
    static final String POSITION = "POSITION";
    static final String REVISION_KEY = "REVISION_KEY";

    private RiskColumns() {
    }
}
