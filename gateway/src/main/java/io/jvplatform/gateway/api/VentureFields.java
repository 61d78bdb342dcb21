package io.jvplatform.gateway.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import io.jvplatform.gateway.access.VentureAccess;
import io.jvplatform.gateway.model.CapTable;
import io.jvplatform.gateway.model.FundingPhase;
import io.jvplatform.gateway.model.LedgerEntry;
import io.jvplatform.gateway.model.Money;
import io.jvplatform.gateway.model.Participant;
import io.jvplatform.gateway.model.Venture;
import io.smallrye.mutiny.Uni;

/**
 * The fields of a venture that ventures-service computes. Each asks the request's batch, so
 * all ventures of a page (and all these fields) share one downstream call.
 */
@GraphQLApi
public class VentureFields {

    private final VentureAccess ventures;
    private final CurrentRequest request;

    public VentureFields(VentureAccess ventures, CurrentRequest request) {
        this.ventures = ventures;
        this.request = request;
    }

    @Description("The cap table on a date (today when omitted), derived from the ownership ledger.")
    public Uni<CapTable> ownership(@Source Venture venture, @Name("asOf") LocalDate asOf) {
        return ventures.ownership(request.loaders(), venture.id(), asOf);
    }

    @Description("The ownership ledger, oldest entry first.")
    public Uni<List<LedgerEntry>> ownershipHistory(@Source Venture venture) {
        return ventures.ownershipHistory(request.loaders(), venture.id());
    }

    @Description("Funding phases by ordinal, each with its owners' pro-rata commitments.")
    public Uni<List<FundingPhase>> fundingPhases(@Source Venture venture) {
        return ventures.fundingPhases(request.loaders(), venture.id());
    }

    @Description("Partners' roles without equity (builder, operator, offtaker, ...).")
    public Uni<List<Participant>> participants(@Source Venture venture) {
        return ventures.participants(request.loaders(), venture.id());
    }

    @Description("Committed capital per currency; cancelled phases and phases without capital excluded.")
    public Uni<List<Money>> totals(@Source Venture venture) {
        return ventures.totals(request.loaders(), venture.id());
    }
}
