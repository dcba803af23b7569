package com.pmosuite.shared;

import java.time.ZoneId;

/**
 * The time zone of the person the app is working for, in which "today" is reckoned: a review is overdue, or a
 * date lies in the future, by the viewer's calendar, not the server's.
 */
@FunctionalInterface
public interface ViewerZone {

    ZoneId zone();

    /** The same zone for everyone (one-zone runtimes, tests). */
    static ViewerZone fixed(ZoneId zone) {
        return () -> zone;
    }
}
