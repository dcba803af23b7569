package com.pmosuite.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money in the one form the app accepts: digits, optionally '.' and at most two decimals, no
 * thousands separators and no decimal comma. "1.500,00" and "12,50" are refused rather than guessed at: a separator
 * means thousands in one locale and decimals in another, and a wrong guess changes the amount a thousandfold.
 */
public final class MoneyText {
    /** Largest amount: 13 integer digits, as the stores keep cents in a 64-bit column with room to spare. */
    public static final BigDecimal MAX = new BigDecimal("9999999999999.99");
    public static final String FORM = "must be an amount like 12500.00: digits, then optionally '.' and at most two"
            + " decimals; no thousands separators, no decimal comma";
    private static final int INTEGER_DIGITS = 13;
    private static final Pattern AMOUNT = Pattern.compile("(-?)([0-9]+)(?:\\.([0-9]+))?");

    private MoneyText() {
    }

    /**
     * The amount with 2 decimals, or {@code null} with an error added for {@code field}. Checked as text before
     * {@link BigDecimal} sees it: parsing a million digits costs seconds of CPU.
     *
     * @param clean           the value after {@link Text#clean}; not {@code null}
     * @param negativeMessage what to say of a negative amount, which each use explains in its own words
     */
    public static BigDecimal parse(String field, String clean, String negativeMessage, List<FieldError> errors) {
        Matcher amount = AMOUNT.matcher(clean);
        if (!amount.matches()) {
            errors.add(new FieldError(field, FORM));
            return null;
        }
        if (!amount.group(1).isEmpty()) {
            errors.add(new FieldError(field, negativeMessage));
            return null;
        }
        String decimals = amount.group(3) == null ? "" : amount.group(3);
        if (decimals.length() > 2) {
            errors.add(new FieldError(field, "must have at most 2 decimal places"));
            return null;
        }
        String units = amount.group(2).replaceFirst("^0+(?=[0-9])", "");
        if (units.length() > INTEGER_DIGITS) {
            errors.add(new FieldError(field, "must be at most " + MAX.toPlainString()));
            return null;
        }
        return new BigDecimal(decimals.isEmpty() ? units : units + "." + decimals).setScale(2);
    }
}
