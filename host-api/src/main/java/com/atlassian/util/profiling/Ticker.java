package com.atlassian.util.profiling;

/**
 * Compile-time and AO-runtime stand-in for atlassian-profiling's Ticker, shaped as AO 4.0.3's EntityManager links
 * it (InterfaceMethodref com/atlassian/util/profiling/Ticker.close:()V); no public javadoc exists, shape documented in
 * docs/host-api.md.
 */
public interface Ticker extends AutoCloseable {

    @Override
    void close();
}
