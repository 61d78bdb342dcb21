package io.jvplatform.gateway.api;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.jvplatform.gateway.access.PartnerCommands;
import io.jvplatform.gateway.model.Partner;
import io.jvplatform.gateway.model.input.PartnerInput;
import io.jvplatform.support.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * partners-service's writes, same names and arguments, so its error fields point at ours.
 * Editors create and update partners; archiving and restoring is the admin's.
 */
@GraphQLApi
public class PartnerMutations {

    private final PartnerCommands commands;
    private final CurrentRequest request;

    public PartnerMutations(PartnerCommands commands, CurrentRequest request) {
        this.commands = commands;
        this.request = request;
    }

    @Mutation
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Uni<Partner> createPartner(@NonNull @Name("input") PartnerInput input) {
        return commands.createPartner(request.caller(), input);
    }

    @Mutation
    @Description("A stale expectedVersion is a CONFLICT and nothing is written.")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Uni<Partner> updatePartner(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") PartnerInput input) {
        return commands.updatePartner(request.caller(), id, expectedVersion, input);
    }

    @Mutation
    @Description("CONFLICT while the partner holds a stake in a venture that is not dissolved.")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Partner> archivePartner(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion) {
        return commands.archivePartner(request.caller(), id, expectedVersion);
    }

    @Mutation
    @RolesAllowed(Roles.ADMIN)
    public Uni<Partner> restorePartner(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion) {
        return commands.restorePartner(request.caller(), id, expectedVersion);
    }
}
