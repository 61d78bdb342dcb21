package io.jvplatform.gateway.api;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.jvplatform.gateway.access.VentureCommands;
import io.jvplatform.gateway.model.CapTable;
import io.jvplatform.gateway.model.FundingPhase;
import io.jvplatform.gateway.model.ParticipantRole;
import io.jvplatform.gateway.model.Venture;
import io.jvplatform.gateway.model.input.FundingPhaseInput;
import io.jvplatform.gateway.model.input.SetOwnershipInput;
import io.jvplatform.gateway.model.input.TransferStakeInput;
import io.jvplatform.gateway.model.input.VentureInput;
import io.jvplatform.support.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * ventures-service's writes, same names and arguments, so its error fields point at ours.
 * Editors write ventures, participants and phases; ownership is the admin's.
 */
@GraphQLApi
public class VentureMutations {

    private final VentureCommands commands;
    private final CurrentRequest request;

    public VentureMutations(VentureCommands commands, CurrentRequest request) {
        this.commands = commands;
        this.request = request;
    }

    @Mutation
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Uni<Venture> createVenture(@NonNull @Name("input") VentureInput input) {
        return commands.createVenture(request.caller(), input);
    }

    @Mutation
    @Description("A stale expectedVersion is a CONFLICT and nothing is written.")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Uni<Venture> updateVenture(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") VentureInput input) {
        return commands.updateVenture(request.caller(), id, expectedVersion, input);
    }

    @Mutation
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Uni<Venture> addParticipant(@NonNull @Id @Name("ventureId") String ventureId,
            @NonNull @Id @Name("partnerId") String partnerId, @NonNull @Name("role") ParticipantRole role) {
        return commands.addParticipant(request.caller(), ventureId, partnerId, role);
    }

    @Mutation
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Uni<Venture> removeParticipant(@NonNull @Id @Name("ventureId") String ventureId,
            @NonNull @Id @Name("partnerId") String partnerId, @NonNull @Name("role") ParticipantRole role) {
        return commands.removeParticipant(request.caller(), ventureId, partnerId, role);
    }

    // Named explicitly: SmallRye would read "setOwnership" as a setter and publish "ownership".
    @Mutation("setOwnership")
    @Description("A whole new cap table (founding, restructuring); returns the table as of its effective date.")
    @RolesAllowed(Roles.ADMIN)
    public Uni<CapTable> setOwnership(@NonNull @Id @Name("ventureId") String ventureId,
            @NonNull @Name("input") SetOwnershipInput input) {
        return commands.setOwnership(request.caller(), ventureId, input);
    }

    @Mutation
    @Description("Moves a percentage from one owner to another; returns the table as of its effective date.")
    @RolesAllowed(Roles.ADMIN)
    public Uni<CapTable> transferStake(@NonNull @Id @Name("ventureId") String ventureId,
            @NonNull @Name("input") TransferStakeInput input) {
        return commands.transferStake(request.caller(), ventureId, input);
    }

    @Mutation
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Uni<FundingPhase> addFundingPhase(@NonNull @Id @Name("ventureId") String ventureId,
            @NonNull @Name("input") FundingPhaseInput input) {
        return commands.addFundingPhase(request.caller(), ventureId, input);
    }

    @Mutation
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Uni<FundingPhase> updateFundingPhase(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") FundingPhaseInput input) {
        return commands.updateFundingPhase(request.caller(), id, expectedVersion, input);
    }
}
