package com.pmosuite.risk;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one definition of how risk lists are sorted, shared by every store: empty values last in both directions,
 * then by id ascending so equal keys keep creation order and pages never overlap. Stores that sort in SQL store
 * {@link #titleKey}, {@link #statusRank} and {@link RiskFields#residualScore()} as plain columns, because SQL can
 * only agree with this comparator on values it can compare directly.
 */
public final class RiskOrdering {
    private RiskOrdering() {
    }

    public static Comparator<Risk> of(RiskSort sort, boolean descending) {
        Comparator<Risk> byKey = switch (sort) {
            case SCORE -> nullsLast(r -> r.fields().score(), descending);
            case RESIDUAL_SCORE -> nullsLast(r -> r.fields().residualScore(), descending);
            case TITLE -> nullsLast(r -> titleKey(r.fields().title()), descending);
            case STATUS -> nullsLast(r -> statusRank(r.fields().status()), descending);
            case OWNER -> nullsLast(r -> r.fields().ownerKey(), descending);
            case NEXT_REVIEW -> nullsLast(r -> r.fields().nextReviewDate(), descending);
            case PROXIMITY -> nullsLast(r -> r.fields().proximityDate(), descending);
            case CREATED -> nullsLast(Risk::createdAt, descending);
            case UPDATED -> nullsLast(Risk::updatedAt, descending);
        };
        return byKey.thenComparingLong(Risk::id);
    }

    /** The longest {@link #titleKey}: what a database index column can hold everywhere (Active Objects' limit). */
    public static final int TITLE_KEY_MAX = 450;

    /**
     * What titles are compared by: case does not matter. Lower case can lengthen a title (U+0130 becomes two
     * characters), so the key is cut at {@link #TITLE_KEY_MAX}; titles equal up to there are ordered by id.
     */
    public static String titleKey(String title) {
        String key = title.toLowerCase(Locale.ROOT);
        return key.length() <= TITLE_KEY_MAX ? key : key.substring(0, TITLE_KEY_MAX);
    }

    /** Statuses sort in the order of a risk's life, open first. */
    public static int statusRank(RiskStatus status) {
        return status.ordinal();
    }

    private static <T extends Comparable<? super T>> Comparator<Risk> nullsLast(Function<Risk, T> key,
                                                                                boolean descending) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }
}
