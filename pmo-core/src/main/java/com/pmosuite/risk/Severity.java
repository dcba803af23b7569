package com.pmosuite.risk;

/** How serious a risk's score is, by the project's severity bands. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
