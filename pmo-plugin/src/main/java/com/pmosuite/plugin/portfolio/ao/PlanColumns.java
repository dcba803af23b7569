package com.pmosuite.plugin.portfolio.ao;

/**
 * The plan-figure columns that portfolios, programs and chosen projects share: each may be NULL, "not set at this
 * level". Money in cents, dates as ISO text, threshold bounds as plain decimal text (they carry up to four
 * decimals, and text keeps {@code 0.90} apart from nothing at all on every database). Not an entity itself: the
 * entities extend it, so Active Objects gives each of their tables these columns.
 */
public interface PlanColumns {
    Long getBacCents();
    void setBacCents(Long bacCents);

    String getCurrency();
    void setCurrency(String currency);

    String getBaselineStart();
    void setBaselineStart(String baselineStart);

    String getBaselineFinish();
    void setBaselineFinish(String baselineFinish);

    Long getCostRateCents();
    void setCostRateCents(Long costRateCents);

    String getSpiAmber();
    void setSpiAmber(String spiAmber);

    String getSpiRed();
    void setSpiRed(String spiRed);

    String getCpiAmber();
    void setCpiAmber(String cpiAmber);

    String getCpiRed();
    void setCpiRed(String cpiRed);

    String getOverdueAmber();
    void setOverdueAmber(String overdueAmber);

    String getOverdueRed();
    void setOverdueRed(String overdueRed);
}
