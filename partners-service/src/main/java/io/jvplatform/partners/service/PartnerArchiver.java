package io.jvplatform.partners.service;

import io.jvplatform.partners.api.Partner;
import io.jvplatform.partners.client.Venture;
import io.jvplatform.partners.client.PartnerStakes;
import io.jvplatform.support.error.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Archives a partner only when ventures-service confirms it holds no stake in a venture that is
 * still alive. The question is asked outside any transaction (no connection or row held during a
 * remote call of up to 2 s); the write that follows is conditional on the version, so a concurrent
 * change in between still ends in CONFLICT. A stake written after our question is refused by
 * ventures-service itself, which does not accept archived partners into a cap table.
 */
@ApplicationScoped
public class PartnerArchiver {

    private final PartnerService partners;
    private final PartnerStakes partnerStakes;

    PartnerArchiver(PartnerService partners, PartnerStakes partnerStakes) {
        this.partners = partners;
        this.partnerStakes = partnerStakes;
    }

    public Partner archive(UUID id, int expectedVersion) {
        // the cheap local checks first, so a wrong id or version never waits on the peer
        partners.checkArchivable(id, expectedVersion);
        List<Venture> stakes = partnerStakes.activeStakes(id);
        if (!stakes.isEmpty()) {
            throw new ConflictException("id", "partner " + id + " still holds a stake in "
                    + stakes.stream().map(Venture::name).collect(Collectors.joining(", "))
                    + "; transfer it or dissolve the venture before archiving");
        }
        return partners.setArchived(id, expectedVersion, true);
    }

    public Partner restore(UUID id, int expectedVersion) {
        return partners.setArchived(id, expectedVersion, false);
    }
}
