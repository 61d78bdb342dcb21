package io.jvplatform.gateway.api;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.jvplatform.gateway.access.PartnerAccess;
import io.jvplatform.gateway.access.Paging;
import io.jvplatform.gateway.error.GatewayError;
import io.jvplatform.gateway.model.Partner;
import io.jvplatform.gateway.model.PartnerConnection;
import io.jvplatform.gateway.model.input.PartnerFilter;
import io.jvplatform.support.security.Roles;
import io.smallrye.mutiny.Uni;

/** The company registry: every reading role, partner users included, may read it. */
@GraphQLApi
public class PartnerQueries {

    private final PartnerAccess partners;
    private final Paging paging;
    private final CurrentRequest request;

    public PartnerQueries(PartnerAccess partners, Paging paging, CurrentRequest request) {
        this.partners = partners;
        this.paging = paging;
        this.request = request;
    }

    @Query
    @RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
    @Description("A partner by id; null with a NOT_FOUND error when there is none.")
    public Uni<Partner> partner(@NonNull @Id @Name("id") String id) {
        return partners.partner(request.caller(), id);
    }

    @Query
    @RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
    @Description("A page of partners ordered by name; archived ones only when the filter asks.")
    public Uni<PartnerConnection> partners(@Name("filter") PartnerFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100") Integer first,
            @Name("after") @Description("Cursor of the last partner of the previous page") String after) {
        try {
            return partners.partners(request.caller(), filter, paging.request(first, after), paging);
        } catch (GatewayError e) {
            return Uni.createFrom().failure(e);
        }
    }
}
