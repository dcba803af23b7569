package com.pmosuite.shared;

/** A named global lock (a job's) was held elsewhere for longer than the bounded wait; try again later. */
public final class LockBusy extends RuntimeException {
    public LockBusy(String lockName) {
        super("Another run of " + lockName + " is in progress; try again later");
    }
}
