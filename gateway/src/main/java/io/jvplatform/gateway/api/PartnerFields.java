package io.jvplatform.gateway.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.jvplatform.gateway.access.PartnerAccess;
import io.jvplatform.gateway.access.VentureAccess;
import io.jvplatform.gateway.model.Commitment;
import io.jvplatform.gateway.model.LedgerEntry;
import io.jvplatform.gateway.model.Participant;
import io.jvplatform.gateway.model.Partner;
import io.jvplatform.gateway.model.PartnerRef;
import io.jvplatform.gateway.model.Stake;
import io.jvplatform.gateway.model.Venture;
import io.smallrye.mutiny.Uni;

/**
 * Where the two services meet: partners referenced by ventures (resolved from
 * partners-service) and a partner's ventures (from ventures-service), all batched per request.
 * These fields are nullable on purpose: with partners-service down a venture still shows,
 * its partners come back null with an UPSTREAM_UNAVAILABLE error at their path.
 */
@GraphQLApi
public class PartnerFields {

    private final PartnerAccess partners;
    private final VentureAccess ventures;
    private final CurrentRequest request;

    public PartnerFields(PartnerAccess partners, VentureAccess ventures, CurrentRequest request) {
        this.partners = partners;
        this.ventures = ventures;
        this.request = request;
    }

    @Description("Ventures in which the partner holds a current stake or any role (for a partner user: of those, its own partner's).")
    public Uni<List<Venture>> ventures(@Source Partner partner) {
        return ventures.venturesOfPartner(request.caller(), request.loaders(), partner.id());
    }

    public Uni<Partner> partner(@Source Stake stake) {
        return referenced(stake.partnerRef());
    }

    public Uni<Partner> partner(@Source Commitment commitment) {
        return referenced(commitment.partnerRef());
    }

    public Uni<Partner> partner(@Source Participant participant) {
        return referenced(participant.partnerRef());
    }

    @Description("TRANSFER: the partner giving the percentage")
    public Uni<Partner> from(@Source LedgerEntry entry) {
        return referenced(entry.fromRef());
    }

    @Description("TRANSFER: the partner receiving the percentage")
    public Uni<Partner> to(@Source LedgerEntry entry) {
        return referenced(entry.toRef());
    }

    private Uni<Partner> referenced(PartnerRef ref) {
        return partners.referenced(request.loaders(), PartnerRef.idOf(ref));
    }
}
