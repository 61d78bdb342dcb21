package io.jvplatform.ventures.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.UUID;

/** One owner's share of a venture, a percentage with scale 4. */
public record Stake(UUID partnerId, BigDecimal percentage) {

    /** Largest stake first, then by id as clients see it (its text form), so the order is stable. */
    public static final Comparator<Stake> LARGEST_FIRST = Comparator.comparing(Stake::percentage).reversed()
            .thenComparing(stake -> stake.partnerId().toString());
}
