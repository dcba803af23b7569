package com.pmosuite.risk;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one definition of how risk lists are sorted, shared by every store: empty values last in both directions,
 * then by id ascending so equal keys keep creation order and pages never overlap.
 */
public final class RiskOrdering {
    private RiskOrdering() {
    }

    public static Comparator<Risk> of(RiskSort sort, boolean descending) {
        Comparator<Risk> byKey = switch (sort) {
            case SCORE -> nullsLast(r -> r.fields().score(), descending);
            case RESIDUAL_SCORE -> nullsLast(r -> r.fields().residualScore(), descending);
            case TITLE -> nullsLast(r -> r.fields().title().toLowerCase(Locale.ROOT), descending);
            case STATUS -> nullsLast(r -> r.fields().status().ordinal(), descending);
            case OWNER -> nullsLast(r -> r.fields().ownerKey(), descending);
            case NEXT_REVIEW -> nullsLast(r -> r.fields().nextReviewDate(), descending);
            case PROXIMITY -> nullsLast(r -> r.fields().proximityDate(), descending);
            case CREATED -> nullsLast(Risk::createdAt, descending);
            case UPDATED -> nullsLast(Risk::updatedAt, descending);
        };
        return byKey.thenComparingLong(Risk::id);
    }

    private static <T extends Comparable<? super T>> Comparator<Risk> nullsLast(Function<Risk, T> key,
                                                                                boolean descending) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(natural));
    }
}
