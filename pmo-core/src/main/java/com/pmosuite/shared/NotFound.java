package com.pmosuite.shared;

/** The thing asked for does not exist (or must look as if it does not, to someone who may not see it). */
public final class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what + " not found");
    }
}
