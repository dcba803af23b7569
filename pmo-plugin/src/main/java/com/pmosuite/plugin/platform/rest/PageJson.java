package com.pmosuite.plugin.platform.rest;

import java.util.List;

/** One slice of a longer list, with the total so a client can page. */
public record PageJson<T extends JsonBody>(List<T> items, int offset, int limit, long total) implements JsonBody {
    public PageJson {
        items = List.copyOf(items);
    }
}
