package io.jvplatform.gateway.access;

import java.util.Set;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import io.jvplatform.gateway.security.Caller;

/**
 * The per-request batching: each GraphQL request gets fresh loaders (so nothing is cached
 * across requests or users). graphql-java dispatches them once per level of the query, after
 * every field of that level has asked, so a page of 50 ventures with stakes and commitments
 * costs one call per service per level, whatever the number of rows. The loaders are shared
 * by all fields of a kind: a stake's partner and a commitment's partner at the same depth go
 * out in the same partnersByIds call. The loaders are bound to the request's {@link Caller}:
 * a batch runs whenever graphql-java dispatches it, outside any request context, and still
 * sends the caller's token.
 */
public final class RequestLoaders {

    static final String PARTNERS = "jv.partnersById";
    static final String VENTURE_ASPECTS = "jv.ventureAspects";
    static final String VENTURES_OF_PARTNERS = "jv.venturesOfPartners";

    private RequestLoaders() {
    }

    public static void register(DataLoaderRegistry registry, Caller caller, VentureAccess ventures, PartnerAccess partners) {
        registry.register(PARTNERS, DataLoaderFactory.newMappedDataLoader(
                (Set<String> ids) -> partners.loadPartners(caller, ids)));
        registry.register(VENTURE_ASPECTS, DataLoaderFactory.newMappedDataLoader(
                (Set<AspectKey> keys) -> ventures.loadAspects(caller, keys)));
        registry.register(VENTURES_OF_PARTNERS, DataLoaderFactory.newMappedDataLoader(
                (Set<String> ids) -> ventures.loadVenturesOfPartners(caller, ids)));
    }

    static <K, V> DataLoader<K, V> get(DataLoaderRegistry registry, String name) {
        DataLoader<K, V> loader = registry.getDataLoader(name);
        if (loader == null) {
            throw new IllegalStateException("data loader " + name + " is not registered for this request");
        }
        return loader;
    }
}
