package io.jvplatform.ventures.api;

import io.jvplatform.support.idempotency.Idempotency;
import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.api.model.PartnerVentures;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.api.model.VentureFilter;
import io.jvplatform.ventures.api.model.VentureInput;
import io.jvplatform.ventures.api.model.VenturePage;
import io.jvplatform.ventures.domain.ParticipantRole;
import io.jvplatform.ventures.service.VentureService;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Ventures and their participants. */
@GraphQLApi
@RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
@SecurityRefusals
public class VentureApi {

    private final VentureService ventures;
    private final Idempotency idempotency;

    VentureApi(VentureService ventures, Idempotency idempotency) {
        this.ventures = ventures;
        this.idempotency = idempotency;
    }

    @Query
    @Description("A venture by id; null and NOT_FOUND when there is none")
    public Venture venture(@NonNull @Id String id) {
        return ventures.find(id);
    }

    @Query
    @Description("Ventures by ids in one round trip: same order as ids, null where unknown")
    public @NonNull List<Venture> venturesByIds(@NonNull @Id List<@NonNull String> ids) {
        return ventures.findByIds(ids);
    }

    @Query
    @Description("Ventures ordered by name, then id; limit 1..100")
    public @NonNull VenturePage ventures(VentureFilter filter, @DefaultValue("0") Integer offset,
                                         @DefaultValue("20") Integer limit) {
        return ventures.page(filter, offset == null ? 0 : offset, limit == null ? 20 : limit);
    }

    @Query
    @Description("For each partner (same order), the ventures in which it holds a current stake or any role")
    public @NonNull List<@NonNull PartnerVentures> venturesOfPartners(@NonNull @Id List<@NonNull String> partnerIds) {
        return ventures.venturesOfPartners(partnerIds);
    }

    @Query
    @Description("Ventures not DISSOLVED in which the partner holds a current stake (partners-service asks before archiving)")
    public @NonNull List<@NonNull Venture> activeStakes(@NonNull @Id String partnerId) {
        return ventures.activeStakes(partnerId);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    @Description("Send an Idempotency-Key header to retry safely: the same key and input return the first answer and "
            + "write nothing; the same key with another input is CONFLICT (keys are kept 24 h, per user)")
    public @NonNull Venture createVenture(@NonNull VentureInput input) {
        return idempotency.once("createVenture", input, Venture.class, () -> ventures.create(input));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    @Description("CONFLICT when expectedVersion is not the venture's version")
    public @NonNull Venture updateVenture(@NonNull @Id String id, int expectedVersion, @NonNull VentureInput input) {
        return ventures.update(id, expectedVersion, input);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    public @NonNull Venture addParticipant(@NonNull @Id String ventureId, @NonNull @Id String partnerId,
                                           @NonNull ParticipantRole role) {
        return ventures.addParticipant(ventureId, partnerId, role);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    public @NonNull Venture removeParticipant(@NonNull @Id String ventureId, @NonNull @Id String partnerId,
                                              @NonNull ParticipantRole role) {
        return ventures.removeParticipant(ventureId, partnerId, role);
    }
}
