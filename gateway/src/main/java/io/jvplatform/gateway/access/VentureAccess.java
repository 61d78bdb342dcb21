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

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import com.fasterxml.jackson.databind.JsonNode;

import io.jvplatform.gateway.client.Json;
import io.jvplatform.gateway.client.VenturesDocuments;
import io.jvplatform.gateway.client.VenturesService;
import io.jvplatform.gateway.model.CapTable;
import io.jvplatform.gateway.model.FundingPhase;
import io.jvplatform.gateway.model.LedgerEntry;
import io.jvplatform.gateway.model.Money;
import io.jvplatform.gateway.model.Participant;
import io.jvplatform.gateway.model.Venture;
import io.jvplatform.gateway.model.VentureConnection;
import io.jvplatform.gateway.model.VentureEdge;
import io.jvplatform.gateway.model.input.VentureFilter;
import io.smallrye.mutiny.Uni;

/**
 * Every read that reaches a venture goes through here: by id, a page, the ventures of
 * partners, and each venture's ownership, history, phases, participants and totals.
 * Partner scoping (Keycloak role {@code partner}) will be enforced in this one class.
 */
@ApplicationScoped
public class VentureAccess {

    private final VenturesService ventures;
    private final Json json;

    public VentureAccess(VenturesService ventures, Json json) {
        this.ventures = ventures;
        this.json = json;
    }

    public Uni<Venture> venture(String id) {
        return ventures.execute(VenturesDocuments.VENTURE, variables("id", id))
                .map(data -> json.read(data.get("venture"), Venture.class));
    }

    public Uni<VentureConnection> ventures(VentureFilter filter, PageRequest request, Paging paging) {
        return ventures.execute(VenturesDocuments.VENTURES,
                        variables("filter", filter, "offset", request.offset(), "limit", request.limit()))
                .map(data -> {
                    JsonNode page = data.get("ventures");
                    Paging.Page<VentureEdge> edges = paging.page(request,
                            json.readList(page.get("items"), Venture.class), page.get("totalCount").asInt(),
                            VentureEdge::new);
                    return new VentureConnection(edges.edges(), edges.pageInfo(), edges.totalCount());
                });
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

    /** Ventures in which a partner holds a current stake or any role. */
    public Uni<List<Venture>> venturesOfPartner(DataLoaderRegistry loaders, String partnerId) {
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
    CompletionStage<Map<AspectKey, Object>> loadAspects(Set<AspectKey> keys) {
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
            calls.add(aspectsCall(otherIds, otherAspects, null));
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
            calls.add(aspectsCall(ids, aspects, group.getKey()));
        }
        return Uni.combine().all().unis(calls).with(results -> {
            Map<AspectKey, Object> merged = new HashMap<>();
            results.forEach(result -> merged.putAll((Map<AspectKey, Object>) result));
            return merged;
        }).subscribeAsCompletionStage();
    }

    private Uni<Map<AspectKey, Object>> aspectsCall(Set<String> ids, Set<Aspect> aspects, LocalDate asOf) {
        return ventures.execute(VenturesDocuments.ASPECTS, variables(
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

    CompletionStage<Map<String, List<Venture>>> loadVenturesOfPartners(Set<String> partnerIds) {
        return ventures.execute(VenturesDocuments.VENTURES_OF_PARTNERS, variables("partnerIds", List.copyOf(partnerIds)))
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
