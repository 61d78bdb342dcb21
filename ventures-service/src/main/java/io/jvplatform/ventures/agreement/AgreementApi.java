package io.jvplatform.ventures.agreement;

import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.agreement.model.AgreementFilter;
import io.jvplatform.ventures.agreement.model.AgreementInput;
import io.jvplatform.ventures.agreement.model.AgreementPage;
import io.jvplatform.ventures.agreement.model.CapacityAgreement;
import io.jvplatform.ventures.agreement.model.PartnerAgreements;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Capacity agreements between partners (not joint ventures): read by every reader, written by editors. */
@GraphQLApi
@RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
@SecurityRefusals
public class AgreementApi {

    private final AgreementService agreements;

    AgreementApi(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Query
    @Description("A capacity agreement by id; null and NOT_FOUND when there is none")
    public CapacityAgreement agreement(@NonNull @Id String id) {
        return agreements.find(id);
    }

    @Query
    @Description("Capacity agreements ordered by name, then id, filtered by program or party; limit 1..100")
    public @NonNull AgreementPage agreements(AgreementFilter filter, @DefaultValue("0") Integer offset,
                                             @DefaultValue("20") Integer limit) {
        return agreements.page(filter, offset == null ? 0 : offset, limit == null ? 20 : limit);
    }

    @Query
    @Description("For each partner (same order), the capacity agreements it is a party to")
    public @NonNull List<@NonNull PartnerAgreements> agreementsOfPartners(@NonNull @Id List<@NonNull String> partnerIds) {
        return agreements.ofPartners(partnerIds);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    @Description("Parties: at least one BUYER and one PROVIDER, each an existing, active partner, each once")
    public @NonNull CapacityAgreement createAgreement(@NonNull AgreementInput input) {
        return agreements.create(input);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    @Description("CONFLICT when expectedVersion is not the agreement's version; partners new to it must be active")
    public @NonNull CapacityAgreement updateAgreement(@NonNull @Id String id, int expectedVersion, @NonNull AgreementInput input) {
        return agreements.update(id, expectedVersion, input);
    }
}
