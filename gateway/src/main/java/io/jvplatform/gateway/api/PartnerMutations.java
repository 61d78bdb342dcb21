package io.jvplatform.gateway.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.jvplatform.gateway.access.PartnerCommands;
import io.jvplatform.gateway.model.Partner;
import io.jvplatform.gateway.model.input.PartnerInput;
import io.smallrye.mutiny.Uni;

/** partners-service's writes, same names and arguments, so its error fields point at ours. */
@GraphQLApi
public class PartnerMutations {

    private final PartnerCommands commands;

    public PartnerMutations(PartnerCommands commands) {
        this.commands = commands;
    }

    @Mutation
    public Uni<Partner> createPartner(@NonNull @Name("input") PartnerInput input) {
        return commands.createPartner(input);
    }

    @Mutation
    @Description("A stale expectedVersion is a CONFLICT and nothing is written.")
    public Uni<Partner> updatePartner(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") PartnerInput input) {
        return commands.updatePartner(id, expectedVersion, input);
    }

    @Mutation
    @Description("CONFLICT while the partner holds a stake in a venture that is not dissolved.")
    public Uni<Partner> archivePartner(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion) {
        return commands.archivePartner(id, expectedVersion);
    }

    @Mutation
    public Uni<Partner> restorePartner(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion) {
        return commands.restorePartner(id, expectedVersion);
    }
}
