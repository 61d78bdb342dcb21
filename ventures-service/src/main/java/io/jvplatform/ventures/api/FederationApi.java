package io.jvplatform.ventures.api;

import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.api.model.Partner;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.service.VentureService;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;

import java.util.List;

/**
 * Apollo Federation v2: the spec link (without it routers read the schema as Federation 1) and
 * the batch entity resolvers behind {@code _entities} — one call for all representations.
 */
@GraphQLApi
@RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
@SecurityRefusals
@Link(url = "https://specs.apollo.dev/federation/v2.7", _import = {@Import(name = "@key"), @Import(name = "@shareable"), @Import(name = "FieldSet")})
public class FederationApi {

    private final VentureService ventures;

    FederationApi(VentureService ventures) {
        this.ventures = ventures;
    }

    @Resolver
    public List<Venture> ventureEntities(@Name("id") List<String> ids) {
        return ventures.findByIds(ids);
    }

    /** Partners are partners-service's; a reference here is just its id. */
    @Resolver
    public List<Partner> partnerEntities(@Name("id") List<String> ids) {
        return ids.stream().map(Partner::new).toList();
    }
}
