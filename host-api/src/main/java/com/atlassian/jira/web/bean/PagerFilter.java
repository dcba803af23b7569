package com.atlassian.jira.web.bean;

import java.io.Serializable;

/**
 * Compile-time stand-in for Jira's PagerFilter (a generic, serializable class), declaring only the explicit window
 * constructor and its getters. {@code getUnlimitedFilter()} is left out on purpose: OpenSearch caps a window at
 * 10,000 hits and Jira 12 removes it (see docs/host-api.md).
 */
public class PagerFilter<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private int start;
    private int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
