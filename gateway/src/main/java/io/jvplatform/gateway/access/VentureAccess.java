package io.jvplatform.gateway.access;

import static io.jvplatform.gateway.client.Json.variables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import com.fasterxml.jackson.databind.JsonNode;

import io.jvplatform.gateway.client.Json;
import io.jvplatform.gateway.client.VenturesDocuments;
import io.jvplatform.gateway.client.VenturesService;
import io.jvplatform.gateway.error.GatewayError;
import io.jvplatform.gateway.model.CapTable;
import io.jvplatform.gateway.model.FundingPhase;
import io.jvplatform.gateway.model.LedgerEntry;
import io.jvplatform.gateway.model.Money;
import io.jvplatform.gateway.model.Participant;
import io.jvplatform.gateway.model.Venture;
import io.jvplatform.gateway.model.VentureConnection;
import io.jvplatform.gateway.model.VentureEdge;
import io.jvplatform.gateway.model.input.VentureFilter;
import io.jvplatform.gateway.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Every read that reaches a venture goes through here: by id, a page, the ventures of
 * partners, and each venture's ownership, history, phases, participants and totals.
 * <p>
 * <b>Partner scoping</b> is enforced here, once for every path (a query, an alias, a fragment,
 * {@code Partner.ventures}): a caller who reads only as a partner user (see
 * {@link Caller#seesEveryVenture()}) gets only the ventures in which its partner holds a current
 * stake or any role; any other venture is NOT_FOUND, with the very message an unknown id gets, so
 * nothing tells that it exists. That scope is the partner's own {@code venturesOfPartners} entry,
 * asked once per request through the request's loader. A venture's aspects (ownership, phases,
 * ...) need no check of their own: they are reached only from a venture that passed one.
 * ventures-service, which gets the caller's token, scopes partner users as well; the gateway does
 * not rely on it.
 */
@ApplicationScoped
public class VentureAccess {

    private final VenturesService ventures;
    private final Json json;

    public VentureAccess(VenturesService ventures, Json json) {
        this.ventures = ventures;
        this.json = json;
    }

    public Uni<Venture> venture(Caller caller, DataLoaderRegistry loaders, String id) {
        if (caller.seesEveryVenture()) {
            return fetch(caller, id);
        }
        // the scope is known before anything about the venture is asked for
        return scope(caller, loaders).flatMap(scope -> scope.contains(id)
                ? fetch(caller, id)
                : Uni.createFrom().failure(GatewayError.notFound("id", "no venture with id " + id)));
    }

    public Uni<VentureConnection> ventures(Caller caller, DataLoaderRegistry loaders, VentureFilter filter,
            PageRequest request, Paging paging) {
        if (caller.seesEveryVenture()) {
            return page(caller, filter, request, paging, venture -> true);
        }
        if (caller.partnerId() == null) {
            // a partner user without a partner_id claim sees no venture at all
            Paging.Page<VentureEdge> none = paging.page(request, List.<Venture>of(), 0, VentureEdge::new);
            return Uni.createFrom().item(new VentureConnection(none.edges(), none.pageInfo(), 0));
        }
        String named = filter == null ? null : filter.partnerId();
        if (named == null || named.equals(caller.partnerId())) {
            // the scope is exactly the filter "ventures of this partner": paging and totalCount stay exact
            return page(caller, VentureFilter.ofPartner(filter, caller.partnerId()), request, paging, venture -> true);
        }
        // Another partner named: the ventures both take part in. The service (which scopes the same
        // token) keeps paging and totalCount to those; the gateway drops anything outside the scope.
        Uni<Set<String>> scope = scope(caller, loaders);
        return scope.flatMap(ids -> page(caller, filter, request, paging, venture -> ids.contains(venture.id())));
    }

    /** Ventures in which a partner holds a current stake or any role (those in the caller's scope). */
    public Uni<List<Venture>> venturesOfPartner(Caller caller, DataLoaderRegistry loaders, String partnerId) {
        Uni<List<Venture>> theirs = ofPartner(loaders, partnerId);
        if (caller.seesEveryVenture()) {
            return theirs;
        }
        // both loads are asked for now, so they go out in the same batch
        Uni<Set<String>> scope = scope(caller, loaders);
        return Uni.combine().all().unis(theirs, scope).asTuple().map(both -> both.getItem1().stream()
                .filter(venture -> both.getItem2().contains(venture.id()))
                .toList());
    }

    public Uni<CapTable> ownership(DataLoaderRegistry loaders, String ventureId, LocalDate asOf) {
        return aspect(loaders, new AspectKey(ventureId, Aspect.OWNERSHIP, asOf));
    }

    public Uni<List<LedgerEntry>> ownershipHistory(DataLoaderRegistry loaders, String ventureId) {
        return aspect(loaders, new AspectKey(ventureId, Aspect.HISTORY, null));
    }

    public Uni<List<FundingPhase>> fundingPhases(DataLoaderRegistry loaders, String ventureId) {
        return aspect(loaders, new AspectKey(ventureId, Aspect.PHASES, null));
    }

    public Uni<List<Participant>> participants(DataLoaderRegistry loaders, String ventureId) {
        return aspect(loaders, new AspectKey(ventureId, Aspect.PARTICIPANTS, null));
    }

    public Uni<List<Money>> totals(DataLoaderRegistry loaders, String ventureId) {
        return aspect(loaders, new AspectKey(ventureId, Aspect.TOTALS, null));
    }

    private Uni<Venture> fetch(Caller caller, String id) {
        return ventures.execute(caller, VenturesDocuments.VENTURE, variables("id", id))
                .map(data -> json.read(data.get("venture"), Venture.class));
    }

    private Uni<VentureConnection> page(Caller caller, VentureFilter filter, PageRequest request, Paging paging,
            Predicate<Venture> inScope) {
        return ventures.execute(caller, VenturesDocuments.VENTURES,
                        variables("filter", filter, "offset", request.offset(), "limit", request.limit()))
                .map(data -> {
                    JsonNode page = data.get("ventures");
                    List<Venture> items = json.readList(page.get("items"), Venture.class).stream().filter(inScope).toList();
                    Paging.Page<VentureEdge> edges = paging.page(request, items, page.get("totalCount").asInt(),
                            VentureEdge::new);
                    return new VentureConnection(edges.edges(), edges.pageInfo(), edges.totalCount());
                });
    }

    /** The ids of the ventures a partner user may see: its own partner's, through the request's batch. */
    private Uni<Set<String>> scope(Caller caller, DataLoaderRegistry loaders) {
        if (caller.partnerId() == null) {
            return Uni.createFrom().item(Set.of());
        }
        return ofPartner(loaders, caller.partnerId())
                .map(own -> own.stream().map(Venture::id).collect(Collectors.toUnmodifiableSet()));
    }

    private Uni<List<Venture>> ofPartner(DataLoaderRegistry loaders, String partnerId) {
        DataLoader<String, List<Venture>> loader = RequestLoaders.get(loaders, RequestLoaders.VENTURES_OF_PARTNERS);
        return Loads.uni(loader.load(partnerId));
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> aspect(DataLoaderRegistry loaders, AspectKey key) {
        DataLoader<AspectKey, Object> loader = RequestLoaders.get(loaders, RequestLoaders.VENTURE_ASPECTS);
        return Loads.uni(loader.load(key)).map(value -> (T) value);
    }

    /**
     * One batch of aspects, as few calls as possible: one per distinct {@code asOf} of the
     * ownership asked for (normally one), the other aspects riding along with the first.
     */
    CompletionStage<Map<AspectKey, Object>> loadAspects(Caller caller, Set<AspectKey> keys) {
        Map<LocalDate, Set<String>> ownershipByDate = new LinkedHashMap<>();
        Set<String> otherIds = new LinkedHashSet<>();
        Set<Aspect> otherAspects = EnumSet.noneOf(Aspect.class);
        for (AspectKey key : keys) {
            if (key.aspect() == Aspect.OWNERSHIP) {
                ownershipByDate.computeIfAbsent(key.asOf(), date -> new LinkedHashSet<>()).add(key.ventureId());
            } else {
                otherIds.add(key.ventureId());
                otherAspects.add(key.aspect());
            }
        }
        List<Uni<Map<AspectKey, Object>>> calls = new ArrayList<>();
        if (ownershipByDate.isEmpty()) {
            calls.add(aspectsCall(caller, otherIds, otherAspects, null));
        }
        boolean first = true;
        for (Map.Entry<LocalDate, Set<String>> group : ownershipByDate.entrySet()) {
            Set<String> ids = new LinkedHashSet<>(group.getValue());
            Set<Aspect> aspects = EnumSet.of(Aspect.OWNERSHIP);
            if (first) {
                ids.addAll(otherIds);
                aspects.addAll(otherAspects);
                first = false;
            }
            calls.add(aspectsCall(caller, ids, aspects, group.getKey()));
        }
        return Uni.combine().all().unis(calls).with(results -> {
            Map<AspectKey, Object> merged = new HashMap<>();
            results.forEach(result -> merged.putAll((Map<AspectKey, Object>) result));
            return merged;
        }).subscribeAsCompletionStage();
    }

    private Uni<Map<AspectKey, Object>> aspectsCall(Caller caller, Set<String> ids, Set<Aspect> aspects, LocalDate asOf) {
        return ventures.execute(caller, VenturesDocuments.ASPECTS, variables(
                        "ids", List.copyOf(ids), "asOf", asOf,
                        "ownership", aspects.contains(Aspect.OWNERSHIP),
                        "history", aspects.contains(Aspect.HISTORY),
                        "phases", aspects.contains(Aspect.PHASES),
                        "participants", aspects.contains(Aspect.PARTICIPANTS),
                        "totals", aspects.contains(Aspect.TOTALS)))
                .map(data -> {
                    Map<AspectKey, Object> values = new HashMap<>();
                    for (JsonNode venture : data.get("venturesByIds")) {
                        if (venture.isNull()) {
                            continue;
                        }
                        String id = venture.get("id").asText();
                        for (Aspect aspect : aspects) {
                            AspectKey key = new AspectKey(id, aspect, aspect == Aspect.OWNERSHIP ? asOf : null);
                            values.put(key, readAspect(venture, aspect));
                        }
                    }
                    return values;
                });
    }

    private Object readAspect(JsonNode venture, Aspect aspect) {
        return switch (aspect) {
            case OWNERSHIP -> json.read(venture.get("ownership"), CapTable.class);
            case HISTORY -> json.readList(venture.get("ownershipHistory"), LedgerEntry.class);
            case PHASES -> json.readList(venture.get("fundingPhases"), FundingPhase.class);
            case PARTICIPANTS -> json.readList(venture.get("participants"), Participant.class);
            case TOTALS -> json.readList(venture.get("totals"), Money.class);
        };
    }

    CompletionStage<Map<String, List<Venture>>> loadVenturesOfPartners(Caller caller, Set<String> partnerIds) {
        return ventures.execute(caller, VenturesDocuments.VENTURES_OF_PARTNERS, variables("partnerIds", List.copyOf(partnerIds)))
                .map(data -> {
                    Map<String, List<Venture>> byPartner = new HashMap<>();
                    for (JsonNode entry : data.get("venturesOfPartners")) {
                        byPartner.put(entry.get("partnerId").asText(), json.readList(entry.get("ventures"), Venture.class));
                    }
                    return byPartner;
                })
                .subscribeAsCompletionStage();
    }
}
