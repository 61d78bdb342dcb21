package io.jvplatform.gateway.access;

import static io.jvplatform.gateway.client.Json.variables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import com.fasterxml.jackson.databind.JsonNode;

import io.jvplatform.gateway.client.Json;
import io.jvplatform.gateway.client.PartnersDocuments;
import io.jvplatform.gateway.client.PartnersService;
import io.jvplatform.gateway.model.Partner;
import io.jvplatform.gateway.model.PartnerConnection;
import io.jvplatform.gateway.model.PartnerEdge;
import io.jvplatform.gateway.model.input.PartnerFilter;
import io.jvplatform.gateway.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Every read of partners: by id, a page, and the partners referenced by ventures (batched).
 * Partners are the company registry: every reading role, partner users included, sees all of them
 * (a partner's ventures are scoped in {@link VentureAccess}).
 */
@ApplicationScoped
public class PartnerAccess {

    private final PartnersService partners;
    private final Json json;

    public PartnerAccess(PartnersService partners, Json json) {
        this.partners = partners;
        this.json = json;
    }

    public Uni<Partner> partner(Caller caller, String id) {
        return partners.execute(caller, PartnersDocuments.PARTNER, variables("id", id))
                .map(data -> json.read(data.get("partner"), Partner.class));
    }

    public Uni<PartnerConnection> partners(Caller caller, PartnerFilter filter, PageRequest request, Paging paging) {
        return partners.execute(caller, PartnersDocuments.PARTNERS,
                        variables("filter", filter, "offset", request.offset(), "limit", request.limit()))
                .map(data -> {
                    JsonNode page = data.get("partners");
                    Paging.Page<PartnerEdge> edges = paging.page(request,
                            json.readList(page.get("items"), Partner.class), page.get("totalCount").asInt(),
                            PartnerEdge::new);
                    return new PartnerConnection(edges.edges(), edges.pageInfo(), edges.totalCount());
                });
    }

    /** A partner referenced by a venture (stake, commitment, role, ledger entry), via the request's batch. */
    public Uni<Partner> referenced(DataLoaderRegistry loaders, String partnerId) {
        if (partnerId == null) {
            return Uni.createFrom().nullItem();
        }
        DataLoader<String, Partner> loader = RequestLoaders.get(loaders, RequestLoaders.PARTNERS);
        return Loads.uni(loader.load(partnerId));
    }

    CompletionStage<Map<String, Partner>> loadPartners(Caller caller, Set<String> ids) {
        return partners.execute(caller, PartnersDocuments.PARTNERS_BY_IDS, variables("ids", List.copyOf(ids)))
                .map(data -> {
                    Map<String, Partner> byId = new HashMap<>();
                    for (JsonNode node : data.get("partnersByIds")) {
                        Partner partner = json.read(node, Partner.class);
                        if (partner != null) {
                            byId.put(partner.id(), partner);
                        }
                    }
                    return byId;
                })
                .subscribeAsCompletionStage();
    }
}
