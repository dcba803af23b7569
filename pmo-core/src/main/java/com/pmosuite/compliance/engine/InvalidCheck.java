package com.pmosuite.compliance.engine;

/**
 * A check that cannot be evaluated as stored (a rule value that is no date or number, an operator the field does not
 * take, a negative number of days): the standard's result is ERROR with this message, and the scan goes on.
 */
public final class InvalidCheck extends Exception {

    public InvalidCheck(String message) {
        super(message);
    }
}
