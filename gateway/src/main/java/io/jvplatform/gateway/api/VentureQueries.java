package io.jvplatform.gateway.api;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.jvplatform.gateway.access.Paging;
import io.jvplatform.gateway.access.VentureAccess;
import io.jvplatform.gateway.error.GatewayError;
import io.jvplatform.gateway.model.Venture;
import io.jvplatform.gateway.model.VentureConnection;
import io.jvplatform.gateway.model.input.VentureFilter;
import io.jvplatform.support.security.Roles;
import io.smallrye.mutiny.Uni;

/** Every reading role may ask; what a partner user gets back is scoped in {@link VentureAccess}. */
@GraphQLApi
public class VentureQueries {

    private final VentureAccess ventures;
    private final Paging paging;
    private final CurrentRequest request;

    public VentureQueries(VentureAccess ventures, Paging paging, CurrentRequest request) {
        this.ventures = ventures;
        this.paging = paging;
        this.request = request;
    }

    @Query
    @RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
    @Description("A venture by id; null with a NOT_FOUND error when there is none.")
    public Uni<Venture> venture(@NonNull @Id @Name("id") String id) {
        return ventures.venture(request.caller(), request.loaders(), id);
    }

    @Query
    @RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
    @Description("A page of ventures ordered by name, filtered by status, country, program, partner or name.")
    public Uni<VentureConnection> ventures(@Name("filter") VentureFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100") Integer first,
            @Name("after") @Description("Cursor of the last venture of the previous page") String after) {
        try {
            return ventures.ventures(request.caller(), request.loaders(), filter, paging.request(first, after), paging);
        } catch (GatewayError e) {
            return Uni.createFrom().failure(e);
        }
    }
}
