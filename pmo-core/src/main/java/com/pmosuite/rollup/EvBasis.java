package com.pmosuite.rollup;

/**
 * What "% complete" earned value was computed from: story points when the project has any, else logged and remaining
 * time when it has any, else the count of done issues. Shown with the figures, so a reader knows what EV means.
 */
public enum EvBasis {
    POINTS, TIME, COUNT,
    /** Nothing to measure: no issues in the project. */
    NONE,
    /** A sum over projects measured on different bases. */
    MIXED
}
