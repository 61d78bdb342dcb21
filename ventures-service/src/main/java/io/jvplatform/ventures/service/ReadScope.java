package io.jvplatform.ventures.service;

import io.jvplatform.support.security.Callers;
import io.jvplatform.ventures.persistence.VentureEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Which ventures the caller may read. Everyone with a reading role sees all of them, except a
 * partner user: only the ventures in which the token's partner holds a current stake or any role.
 * The gateway applies the same rule; this service applies it again for whoever calls it directly.
 * A venture out of scope is answered as if it did not exist.
 */
@ApplicationScoped
public class ReadScope {

    /** What a partner user whose token names no usable partner is confined to: no venture has it. */
    private static final UUID NO_PARTNER = new UUID(0, 0);

    private final Callers callers;

    ReadScope(Callers callers) {
        this.callers = callers;
    }

    /** The partner whose ventures alone the caller may read; empty when the caller sees every venture. */
    public Optional<UUID> partner() {
        return callers.current().partnerScope().map(ReadScope::parseOrNobody);
    }

    /**
     * Which ventures the caller sees. The token is read once, here, not once per venture: a list
     * of ventures filtered with it asks the request's identity nothing more.
     */
    public Predicate<VentureEntity> visibility() {
        Optional<UUID> partner = partner();
        if (partner.isEmpty()) {
            return venture -> true;
        }
        UUID own = partner.get();
        return venture -> involves(venture, own);
    }

    /**
     * Which capacity agreements the caller sees, by their parties' ids: a partner user only those its
     * own partner is a party to (the same rule as for ventures, with "party" for "stake or role").
     */
    public Predicate<Collection<UUID>> agreementVisibility() {
        Optional<UUID> partner = partner();
        if (partner.isEmpty()) {
            return parties -> true;
        }
        UUID own = partner.get();
        return parties -> parties.contains(own);
    }

    private static boolean involves(VentureEntity venture, UUID partner) {
        return venture.currentStakes.stream().anyMatch(stake -> stake.partnerId().equals(partner))
                || venture.participants.stream().anyMatch(participant -> participant.partnerId().equals(partner));
    }

    private static UUID parseOrNobody(String partnerId) {
        try {
            return UUID.fromString(partnerId);
        } catch (IllegalArgumentException e) {
            return NO_PARTNER;
        }
    }
}
