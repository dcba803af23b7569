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
    static final String CHANGED_BY = "CHANGED_BY";
    static final String CHANGED_AT = "CHANGED_AT";
    static final String FIELD_NAME = "FIELD_NAME";
    static final String OLD_VALUE = "OLD_VALUE";
    static final String NEW_VALUE = "NEW_VALUE";
    static final String DESCRIPTION = "DESCRIPTION";
    static final String CATEGORY = "CATEGORY";
    static final String CAUSE = "CAUSE";
    static final String EFFECT = "EFFECT";
    static final String RESIDUAL_PROBABILITY = "RESIDUAL_PROBABILITY";
    static final String RESIDUAL_IMPACT = "RESIDUAL_IMPACT";
    static final String STRATEGY = "STRATEGY";
    static final String RESPONSE_PLAN = "RESPONSE_PLAN";
    static final String CONTINGENCY_PLAN = "CONTINGENCY_PLAN";
    static final String TRIGGER_DESCRIPTION = "TRIGGER_DESCRIPTION";
    static final String PROXIMITY_DATE = "PROXIMITY_DATE";
    static final String LAST_REVIEW_DATE = "LAST_REVIEW_DATE";
    static final String NEXT_REVIEW_DATE = "NEXT_REVIEW_DATE";
    static final String COST_IMPACT_CENTS = "COST_IMPACT_CENTS";
    static final String SORT_TITLE = "SORT_TITLE";
    static final String RESIDUAL_SCORE = "RESIDUAL_SCORE";
    static final String STATUS_RANK = "STATUS_RANK";

    /** Every column a {@link com.pmosuite.risk.Risk} is read from: the select list of every full risk read. */
    static final String FULL_ROW = String.join(", ", ID, PROJECT_ID, PROJECT_KEY, TITLE, DESCRIPTION, CATEGORY,
            CAUSE, EFFECT, KIND, PROBABILITY, IMPACT, SCORE, RESIDUAL_PROBABILITY, RESIDUAL_IMPACT, OWNER_KEY, STATUS,
            STRATEGY, RESPONSE_PLAN, CONTINGENCY_PLAN, TRIGGER_DESCRIPTION, PROXIMITY_DATE, LAST_REVIEW_DATE,
            NEXT_REVIEW_DATE, COST_IMPACT_CENTS, CREATED_BY, CREATED_AT, UPDATED_BY, UPDATED_AT, VERSION);

    private RiskColumns() {
    }
}
