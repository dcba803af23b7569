package com.atlassian.util.profiling;

/**
 * No-op stand-in for atlassian-profiling's Metrics with exactly the members AO 4.0.3's EntityManager links against
 * (Metrics.metric, Metrics$Builder.tag/withAnalytics/invokerPluginKey/startTimer); no public javadoc exists, shape
 * documented in docs/host-api.md.
 */
public class Metrics {

    private Metrics() {
        throw new UnsupportedOperationException("utility class");
    }

    public static Builder metric(String name) {
        return new Builder(name);
    }

    /** No-op stand-in for the metric builder returned by {@link Metrics#metric(String)}. */
    public static class Builder {

        private static final Ticker NO_OP_TICKER = () -> { };

        Builder(String name) {
            // the name is irrelevant for a no-op metric
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Ticker startTimer() {
            return NO_OP_TICKER;
        }
    }
}
