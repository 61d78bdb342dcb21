package io.jvplatform.partners.api;

import io.jvplatform.partners.service.PartnerArchiver;
import io.jvplatform.partners.service.PartnerService;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.support.idempotency.Idempotency;
import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.UUID;

/**
 * The partners subgraph. Thin: parses ids and delegates; the rules live in the services.
 * The {@code @Link} makes federation routers read this schema as Federation 2.
 */
@GraphQLApi
@RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
@SecurityRefusals
@Link(url = "https://specs.apollo.dev/federation/v2.7", _import = {@Import(name = "@key"), @Import(name = "@shareable"), @Import(name = "FieldSet")})
public class PartnersApi {

    private final PartnerService partners;
    private final PartnerArchiver archiver;
    private final Idempotency idempotency;

    PartnersApi(PartnerService partners, PartnerArchiver archiver, Idempotency idempotency) {
        this.partners = partners;
        this.archiver = archiver;
        this.idempotency = idempotency;
    }

    /** What a client sent to createPartner, as the idempotency store compares it. */
    private record CreateArguments(PartnerInput input, String id) {
    }

    @Query
    @Description("The partner with this id; null and a NOT_FOUND error when there is none")
    public Partner partner(@NonNull @Id String id) {
        return partners.get(Ids.parse("id", id));
    }

    @Query
    @NonNull
    @Description("Partners by id in one round trip: same order as ids, null where unknown; archived ones included")
    public List<Partner> partnersByIds(@NonNull @Id List<@NonNull String> ids) { // see IdListArguments
        return partners.getAll(Ids.parseAll("ids", ids));
    }

    @Query
    @NonNull
    @Description("Partners matching the filter, ordered by name; limit 1..100")
    public PartnerPage partners(PartnerFilter filter, @DefaultValue("0") Integer offset, @DefaultValue("20") Integer limit) {
        return partners.search(filter, offset == null ? 0 : offset, limit == null ? 20 : limit);
    }

    /**
     * Federation {@code _entities}: all Partner representations of a request in one call. Not in the
     * schema, so a plain {@code List<String>}: representations arrive as {@code _Any}.
     */
    @Resolver
    public List<Partner> partnerEntities(@Name("id") List<String> ids) {
        return partners.getAll(Ids.parseAll("representations.id", ids));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    @NonNull
    @Description("Send an Idempotency-Key header to retry safely: the same key and input return the first answer and "
            + "write nothing; the same key with another input is CONFLICT (keys are kept 24 h, per user). "
            + "id: optional, the id the new partner gets (a UUID); lets seed data match ids that live elsewhere "
            + "(the realm's partner_id). CONFLICT when it is taken")
    public Partner createPartner(@NonNull PartnerInput input, @Id String id) {
        return idempotency.once("createPartner", new CreateArguments(input, id), Partner.class,
                () -> partners.create(input, id == null ? UUID.randomUUID() : Ids.parse("id", id)));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Mutation
    @NonNull
    @Description("Stale expectedVersion: CONFLICT, nothing written")
    public Partner updatePartner(@NonNull @Id String id, int expectedVersion, @NonNull PartnerInput input) {
        return partners.update(Ids.parse("id", id), expectedVersion, input);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @NonNull
    @Description("CONFLICT while the partner holds a stake in a venture that is not dissolved; UPSTREAM_UNAVAILABLE when ventures-service cannot tell")
    public Partner archivePartner(@NonNull @Id String id, int expectedVersion) {
        return archiver.archive(Ids.parse("id", id), expectedVersion);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @NonNull
    public Partner restorePartner(@NonNull @Id String id, int expectedVersion) {
        return archiver.restore(Ids.parse("id", id), expectedVersion);
    }
}
