package com.pmosuite.workbench.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import java.util.function.Supplier;

/** SAL's application properties: the workbench runs at the root context on a known base URL. */
public final class WorkbenchApplicationProperties implements ApplicationProperties {
    private final Supplier<String> baseUrl;

    /** @param baseUrl the absolute base URL, asked on each call because the port is known only once started */
    public WorkbenchApplicationProperties(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return switch (urlMode) {
            case RELATIVE, RELATIVE_CANONICAL -> "";
            case ABSOLUTE, CANONICAL, AUTO -> {
                String url = baseUrl.get();
                yield url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        };
    }
}
