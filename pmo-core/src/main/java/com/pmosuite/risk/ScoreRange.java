package com.pmosuite.risk;

/** Scores from {@code min} to {@code max}, both included. */
public record ScoreRange(int min, int max) {
    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
