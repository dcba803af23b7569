package com.pmosuite.workbench.http;

import java.util.List;

/** The stylesheet and script URLs a page required while it rendered, which the page decorator puts in its head. */
public interface RequiredResourceUrls {

    List<String> css();

    List<String> js();

    /** No resources. */
    static RequiredResourceUrls none() {
        return of(List.of(), List.of());
    }

    static RequiredResourceUrls of(List<String> css, List<String> js) {
        List<String> cssCopy = List.copyOf(css);
        List<String> jsCopy = List.copyOf(js);
        return new RequiredResourceUrls() {
            @Override
            public List<String> css() {
                return cssCopy;
            }

            @Override
            public List<String> js() {
                return jsCopy;
            }
        };
    }
}
