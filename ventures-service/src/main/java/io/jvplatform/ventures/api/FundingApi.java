package io.jvplatform.ventures.api;

import io.jvplatform.support.idempotency.Idempotency;
import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.api.model.FundingPhase;
import io.jvplatform.ventures.api.model.FundingPhaseInput;
import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.service.FundingService;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** Funding phases: their writes, and a venture's phases and totals (batched over ventures). */
@GraphQLApi
@RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
@SecurityRefusals
public class FundingApi {

    private final FundingService funding;
    private final Idempotency idempotency;

    FundingApi(FundingService funding, Idempotency idempotency) {
        this.funding = funding;
        this.idempotency = idempotency;
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    @Description("Send an Idempotency-Key header to retry safely: the same key and input return the first answer and "
            + "write nothing; the same key with another input is CONFLICT (keys are kept 24 h, per user)")
    public @NonNull FundingPhase addFundingPhase(@NonNull @Id String ventureId, @NonNull FundingPhaseInput input) {
        return idempotency.once("addFundingPhase", new AddPhaseArguments(ventureId, input), FundingPhase.class,
                () -> funding.add(ventureId, input));
    }

    /** What a retry of addFundingPhase must repeat exactly to get the first answer. */
    record AddPhaseArguments(String ventureId, FundingPhaseInput input) {
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    @Description("CONFLICT when expectedVersion is not the phase's version")
    public @NonNull FundingPhase updateFundingPhase(@NonNull @Id String id, int expectedVersion,
                                                    @NonNull FundingPhaseInput input) {
        return funding.update(id, expectedVersion, input);
    }

    @Description("By ordinal")
    public List<@NonNull List<@NonNull FundingPhase>> fundingPhases(@Source List<Venture> ventures) {
        return funding.phasesOf(ventures);
    }

    @Description("Committed capital per currency, CANCELLED phases excluded")
    public List<@NonNull List<@NonNull Money>> totals(@Source List<Venture> ventures) {
        return funding.totalsOf(OwnershipApi.ids(ventures));
    }
}
