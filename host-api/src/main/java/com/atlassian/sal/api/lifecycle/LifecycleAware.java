package com.atlassian.sal.api.lifecycle;

/**
 * Compile-time stand-in for SAL's {@code LifecycleAware} SPI (both of its methods). Found only when exported as an
 * OSGi service ({@code @ExportAsService(LifecycleAware.class)} under Spring Scanner).
 * Javadoc: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 */
public interface LifecycleAware {
    /** After the application has started and the plugin is enabled (also when enabled later). */
    void onStart();

    /** Before the plugin is disabled or the application stops, if {@link #onStart()} was called. */
    void onStop();
}
