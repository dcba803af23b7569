package com.pmosuite.workbench.browser.pages;

/**
 * What a person types into the Create risk dialog. Start from {@link #aThreat(String)} and change only what a
 * test is about; an empty title or a zero level leaves that field as the dialog opened it.
 */
public record NewRisk(String title, String kind, int probability, int impact, String owner) {

    /** A threat with probability 3 and impact 3 and no owner. */
    public static NewRisk aThreat(String title) {
        return new NewRisk(title, "threat", 3, 3, "");
    }

    public NewRisk withProbability(int level) {
        return new NewRisk(title, kind, level, impact, owner);
    }

    public NewRisk withImpact(int level) {
        return new NewRisk(title, kind, probability, level, owner);
    }

    public NewRisk ownedBy(String userKey) {
        return new NewRisk(title, kind, probability, impact, userKey);
    }

    public NewRisk withTitle(String text) {
        return new NewRisk(text, kind, probability, impact, owner);
    }

    /** The inherent score the register should show for it. */
    public int score() {
        return probability * impact;
    }
}
