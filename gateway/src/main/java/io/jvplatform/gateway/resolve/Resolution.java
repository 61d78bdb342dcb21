package io.jvplatform.gateway.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.jvplatform.gateway.client.PartnersSubgraph;
import io.jvplatform.gateway.client.VenturesSubgraph;
import io.jvplatform.gateway.security.FieldAccess;
import io.jvplatform.gateway.security.RootFieldAccess;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorDetail;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.error.UpstreamUnavailableException;
import io.jvplatform.support.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * One request's resolution, delegated as federation routers do: the client's selection for
 * each service is forwarded as one document per level (never one call per row), the services'
 * JSON answers are the answer (their objects are not copied field by field, only joined where
 * the schema crosses services, see {@link Boundaries}), and partner references of a whole level
 * are filled from one partners-service call.
 * <p>
 * <b>Partner scoping:</b> a caller who reads only as a partner user ({@link Caller#seesEveryVenture()}
 * false) gets only the ventures in which its partner holds a current stake or any role — by id,
 * in lists, under {@code Partner.ventures}; any other venture is NOT_FOUND with the message an
 * unknown id gets. The scope (its partner's ventures) rides along, once per request, with the
 * first ventures-service document that needs it. Likewise only the capacity agreements its partner
 * is a party to — by id, in lists, under {@code Partner.agreements} —, checked on each agreement's
 * own parties (asked for under a hidden key). ventures-service scopes the same token as well;
 * the gateway does not rely on it.
 */
final class Resolution {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SCOPE_ALIAS = "scope";
    private static final String ID = "id";

    private final GraphQLSchema schema;
    private final Caller caller;
    /** The client's Idempotency-Key, forwarded with its mutations (never with reads). */
    private final String idempotencyKey;
    private final Services services;
    private final Boundaries boundaries;
    private final ObjectNode data = JSON.objectNode();
    private final List<GraphQLError> errors = new ArrayList<>();
    /** Objects that carry {@link Selections#HIDDEN_ID}, stripped before the answer leaves. */
    private final List<ObjectNode> hidden = new ArrayList<>();
    private final Map<ExecutableNormalizedField, Boolean> crossing = new IdentityHashMap<>();

    /** The ids of the ventures a partner user may see; null until known. */
    private Set<String> scope;
    private List<ErrorDetail> scopeFailure = List.of();

    Resolution(GraphQLSchema schema, Caller caller, String idempotencyKey, Services services) {
        this.schema = schema;
        this.caller = caller;
        this.idempotencyKey = idempotencyKey;
        this.services = services;
        this.boundaries = new Boundaries(schema, caller);
        if (!caller.seesEveryVenture() && caller.partnerId() == null) {
            // a partner user without a partner_id claim sees no venture at all
            scope = Set.of();
        }
    }

    ObjectNode data() {
        hidden.forEach(node -> node.remove(List.of(Selections.HIDDEN_ID, Selections.HIDDEN_PARTIES)));
        return data;
    }

    List<GraphQLError> errors() {
        return errors;
    }

    /** The root fields of a query, all in one level (one document per service). */
    Uni<Void> query(List<ExecutableNormalizedField> roots) {
        Batch batch = new Batch("query");
        Pending next = new Pending();
        for (ExecutableNormalizedField root : roots) {
            data.putNull(root.getResultKey());
            if ("__typename".equals(root.getName())) {
                data.put(root.getResultKey(), "Query");
            } else if (allowed(root)) {
                try {
                    plan(root, batch, next);
                } catch (ApiException error) {
                    fail(root, error.details());
                }
            }
        }
        return run(batch).chain(() -> levels(next));
    }

    /** The root fields of a mutation, one after the other as GraphQL requires; each with its levels. */
    Uni<Void> mutate(List<ExecutableNormalizedField> roots) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ExecutableNormalizedField root : roots) {
            data.putNull(root.getResultKey());
            chain = chain.chain(() -> {
                if ("__typename".equals(root.getName())) {
                    data.put(root.getResultKey(), "Mutation");
                    return Uni.createFrom().voidItem();
                }
                if (!allowed(root)) {
                    return Uni.createFrom().voidItem();
                }
                Batch batch = new Batch("mutation");
                Pending next = new Pending();
                write(root, batch, next);
                return run(batch).chain(() -> levels(next));
            });
        }
        return chain;
    }

    private boolean allowed(ExecutableNormalizedField root) {
        ApiException refusal = RootFieldAccess.refusal(caller, root.getName());
        if (refusal != null) {
            fail(root, refusal.details());
            return false;
        }
        return true;
    }

    private void plan(ExecutableNormalizedField root, Batch batch, Pending next) {
        Map<String, Object> arguments = root.getResolvedArguments();
        switch (root.getName()) {
            case "venture" -> venture(root, (String) arguments.get(ID), batch, next);
            case "ventures" -> ventures(root, arguments, batch, next);
            case "partner" -> entity(root, batch.partners, batch.onPartners, "partner",
                    "partner(id: " + batch.partners.variable("ID!", arguments.get(ID)) + ") ", next);
            case "partners" -> partners(root, arguments, batch, next);
            case "agreement" -> agreement(root, (String) arguments.get(ID), batch, next);
            case "agreements" -> agreements(root, arguments, batch, next);
            default -> throw new IllegalStateException("no resolution for Query." + root.getName());
        }
    }

    // ----- roots -----------------------------------------------------------------------------

    private void venture(ExecutableNormalizedField root, String id, Batch batch, Pending next) {
        boolean scoped = !caller.seesEveryVenture();
        if (scoped && scope != null && !scope.contains(id)) {
            throw notFound(id);
        }
        Document document = batch.ventures;
        String alias = document.alias();
        String text = "venture(id: " + document.variable("ID!", id) + ") " + new Selections(schema, boundaries, document).of(root, false);
        document.root(alias, "venture", text);
        if (scoped) {
            needScope(batch);
        }
        batch.onVentures.add(outcome -> {
            if (failed(root, outcome, alias)) {
                return;
            }
            if (scoped && !inScope(root, id)) {
                return;
            }
            JsonNode venture = outcome.at(alias);
            data.set(root.getResultKey(), venture);
            collect(root, venture, Path.root(root.getResultKey()), next);
        });
    }

    private void ventures(ExecutableNormalizedField root, Map<String, Object> arguments, Batch batch, Pending next) {
        ventureOwnedPage(root, arguments, "Venture", "ventures", "VentureFilter", Boundaries.Scope.VENTURES, batch, next);
    }

    /** An agreement by id; for a partner user, NOT_FOUND unless its partner is a party to it. */
    private void agreement(ExecutableNormalizedField root, String id, Batch batch, Pending next) {
        boolean scoped = !caller.seesEveryVenture();
        Document document = batch.ventures;
        String alias = document.alias();
        Boundaries.Scope scoping = scoped ? Boundaries.Scope.PARTIES : Boundaries.Scope.NONE;
        document.root(alias, "agreement", "agreement(id: " + document.variable("ID!", id) + ") "
                + new Selections(schema, boundaries, document).scoped(root, scoping));
        batch.onVentures.add(outcome -> {
            if (failed(root, outcome, alias)) {
                return;
            }
            JsonNode agreement = outcome.at(alias);
            if (agreement instanceof ObjectNode object) {
                hidden.add(object);
                if (scoped && !ownPartyOf(object)) {
                    fail(root, new NotFoundException(ID, "no agreement with id " + id).details());
                    return;
                }
            }
            data.set(root.getResultKey(), agreement);
            collect(root, agreement, Path.root(root.getResultKey()), next);
        });
    }

    /** Agreements as a connection; a partner user's are those its partner is a party to. */
    private void agreements(ExecutableNormalizedField root, Map<String, Object> arguments, Batch batch, Pending next) {
        ventureOwnedPage(root, arguments, "CapacityAgreement", "agreements", "AgreementFilter", Boundaries.Scope.PARTIES,
                batch, next);
    }

    /**
     * A page of ventures-service objects a partner user sees only in part (ventures, agreements),
     * written once. When the filter names no other partner than the caller's own, the scope is
     * exactly the filter "of this partner", so paging and totalCount stay exact; when it names
     * another, the service (which scopes the same token) keeps paging and totalCount to the objects
     * of both, and the gateway drops anything outside by {@code otherPartner}'s rule.
     */
    private void ventureOwnedPage(ExecutableNormalizedField root, Map<String, Object> arguments, String type,
            String field, String filterType, Boundaries.Scope otherPartner, Batch batch, Pending next) {
        PageRequest page = services.paging().request((Integer) arguments.get("first"), (String) arguments.get("after"));
        @SuppressWarnings("unchecked")
        Map<String, Object> filter = (Map<String, Object>) arguments.get("filter");
        Boundaries.Scope scoping = Boundaries.Scope.NONE;
        if (!caller.seesEveryVenture()) {
            String own = caller.partnerId();
            if (own == null) {
                data.set(root.getResultKey(), Connections.of(root, type, JSON.arrayNode(), 0, page));
                return;
            }
            String named = filter == null ? null : (String) filter.get("partnerId");
            if (named == null || named.equals(own)) {
                filter = filter == null ? new LinkedHashMap<>() : new LinkedHashMap<>(filter);
                filter.put("partnerId", own);
            } else {
                scoping = otherPartner;
                if (otherPartner == Boundaries.Scope.VENTURES) {
                    needScope(batch);
                }
            }
        }
        page(root, type, batch.ventures, batch.onVentures, field, filterType, filter, page, scoping, next);
    }

    private void partners(ExecutableNormalizedField root, Map<String, Object> arguments, Batch batch, Pending next) {
        PageRequest page = services.paging().request((Integer) arguments.get("first"), (String) arguments.get("after"));
        page(root, "Partner", batch.partners, batch.onPartners, "partners", "PartnerFilter", arguments.get("filter"), page,
                Boundaries.Scope.NONE, next);
    }

    /** A connection root: the service's offset page, turned into edges, cursors and page info. */
    private void page(ExecutableNormalizedField root, String type, Document document, List<Consumer<Outcome>> callbacks,
            String field, String filterType, Object filter, PageRequest page, Boundaries.Scope scoping, Pending next) {
        String alias = document.alias();
        String text = field + "(filter: " + document.variable(filterType, filter)
                + ", offset: " + document.variable("Int", page.offset())
                + ", limit: " + document.variable("Int", page.limit())
                + ") { totalCount items " + nodeSelection(root, document, scoping) + " }";
        document.root(alias, field, text);
        callbacks.add(outcome -> {
            if (failed(root, outcome, alias)) {
                return;
            }
            if (scoping == Boundaries.Scope.VENTURES && scope == null) {
                fail(root, scopeFailure);
                return;
            }
            JsonNode answer = outcome.at(alias);
            ArrayNode items = within(scoping, (ArrayNode) answer.get("items"));
            ObjectNode connection = Connections.of(root, type, items, answer.get("totalCount").asInt(), page);
            data.set(root.getResultKey(), connection);
            collect(root, connection, Path.root(root.getResultKey()), next);
        });
    }

    /** The selection of a connection's nodes (all {@code edges { node }} of the client's, merged). */
    private String nodeSelection(ExecutableNormalizedField connection, Document document, Boundaries.Scope scoping) {
        StringBuilder merged = new StringBuilder();
        for (ExecutableNormalizedField edges : connection.getChildren()) {
            if (!"edges".equals(edges.getName())) {
                continue;
            }
            for (ExecutableNormalizedField node : edges.getChildren()) {
                if ("node".equals(node.getName())) {
                    String selection = new Selections(schema, boundaries, document)
                            .scoped(node, merged.isEmpty() ? scoping : Boundaries.Scope.NONE);
                    merged.append(selection, 1, selection.length() - 1);
                }
            }
        }
        return merged.isEmpty() ? "{ " + Selections.HIDDEN_ID + ": id }" : "{" + merged + "}";
    }

    /** A mutation root: the same field and arguments, sent to the service that owns it. */
    private void write(ExecutableNormalizedField root, Batch batch, Pending next) {
        boolean ventures = Mutations.ofVentures(root.getName());
        Document document = ventures ? batch.ventures : batch.partners;
        StringBuilder text = new StringBuilder(root.getName());
        Map<String, Object> arguments = root.getResolvedArguments();
        if (!arguments.isEmpty()) {
            text.append('(');
            boolean first = true;
            for (Map.Entry<String, Object> argument : arguments.entrySet()) {
                String type = GraphQLTypeUtil.simplePrint(
                        root.getFieldDefinitions(schema).get(0).getArgument(argument.getKey()).getType());
                text.append(first ? "" : ", ").append(argument.getKey()).append(": ")
                        .append(document.variable(type, argument.getValue()));
                first = false;
            }
            text.append(") ");
        }
        entity(root, document, ventures ? batch.onVentures : batch.onPartners, root.getName(), text.toString(), next);
    }

    /** A root whose answer is one object (or null), taken as the service wrote it. */
    private void entity(ExecutableNormalizedField root, Document document, List<Consumer<Outcome>> callbacks, String field,
            String call, Pending next) {
        String alias = document.alias();
        String selection = root.hasChildren() ? new Selections(schema, boundaries, document).of(root, false) : "";
        document.root(alias, field, call + selection);
        callbacks.add(outcome -> {
            if (failed(root, outcome, alias)) {
                return;
            }
            JsonNode value = outcome.at(alias);
            data.set(root.getResultKey(), value);
            collect(root, value, Path.root(root.getResultKey()), next);
        });
    }

    // ----- levels ----------------------------------------------------------------------------

    /** Fills the places the last level left, one batch per level, until none is left. */
    private Uni<Void> levels(Pending pending) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Batch batch = new Batch("query");
        Pending next = new Pending();
        partnerReferences(pending.partnerReferences, batch, next);
        partnerFieldsOfVentures(pending.partnerFieldsOfVentures, batch, next);
        return run(batch).chain(() -> levels(next));
    }

    /** Every partner reference of the level, in one partnersByIds per distinct selection. */
    private void partnerReferences(List<Pending.Place> places, Batch batch, Pending next) {
        Map<String, List<Pending.Place>> bySelection = new LinkedHashMap<>();
        Map<ExecutableNormalizedField, String> selections = new IdentityHashMap<>();
        for (Pending.Place place : places) {
            String selection = selections.computeIfAbsent(place.field(),
                    field -> new Selections(schema, boundaries, batch.partners).of(field, true));
            bySelection.computeIfAbsent(selection, text -> new ArrayList<>()).add(place);
        }
        for (Map.Entry<String, List<Pending.Place>> group : bySelection.entrySet()) {
            Set<String> ids = new LinkedHashSet<>();
            group.getValue().forEach(place -> ids.add(place.id()));
            String alias = batch.partners.alias();
            batch.partners.root(alias, "partnersByIds", "partnersByIds(ids: "
                    + batch.partners.variable("[ID!]!", List.copyOf(ids)) + ") " + group.getKey());
            batch.onPartners.add(outcome -> fillPartners(group.getValue(), outcome, alias, next));
        }
    }

    private void fillPartners(List<Pending.Place> places, Outcome outcome, String alias, Pending next) {
        List<ErrorDetail> failure = outcome.errorsAt(alias);
        if (!failure.isEmpty()) {
            places.forEach(place -> fail(place, failure));
            return;
        }
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (JsonNode partner : outcome.at(alias)) {
            if (partner instanceof ObjectNode object) {
                byId.put(object.get(Selections.HIDDEN_ID).asText(), object);
                hidden.add(object);
            }
        }
        Map<ObjectNode, Boolean> walked = new IdentityHashMap<>();
        for (Pending.Place place : places) {
            ObjectNode partner = byId.get(place.id());
            place.set(partner == null ? NullNode.instance : partner);
            if (partner != null && walked.put(partner, Boolean.TRUE) == null) {
                collect(place.field(), partner, place.path(), next);
            }
        }
    }

    /**
     * Every Partner field of the level that ventures-service answers (Partner.ventures,
     * Partner.agreements): one batched field (venturesOfPartners, agreementsOfPartners) per place in
     * the query, for all the level's partners at once.
     */
    private void partnerFieldsOfVentures(List<Pending.Place> places, Batch batch, Pending next) {
        Map<ExecutableNormalizedField, List<Pending.Place>> byField = new IdentityHashMap<>();
        places.forEach(place -> byField.computeIfAbsent(place.field(), field -> new ArrayList<>()).add(place));
        for (Map.Entry<ExecutableNormalizedField, List<Pending.Place>> group : byField.entrySet()) {
            Boundaries.PartnerFieldOfVentures of = boundaries.partnerFieldOfVentures(group.getKey());
            Boundaries.Scope scoping = caller.seesEveryVenture() ? Boundaries.Scope.NONE : of.scope();
            Set<String> ids = new LinkedHashSet<>();
            group.getValue().forEach(place -> ids.add(place.id()));
            String alias = batch.ventures.alias();
            batch.ventures.root(alias, of.batchField(), of.batchField() + "(partnerIds: "
                    + batch.ventures.variable("[ID!]!", List.copyOf(ids)) + ") { partnerId " + of.listField() + " "
                    + new Selections(schema, boundaries, batch.ventures).scoped(group.getKey(), scoping) + " }");
            if (scoping == Boundaries.Scope.VENTURES) {
                needScope(batch);
            }
            batch.onVentures.add(outcome -> fillPartnerFields(group.getValue(), of.listField(), outcome, alias, scoping, next));
        }
    }

    private void fillPartnerFields(List<Pending.Place> places, String listField, Outcome outcome, String alias,
            Boundaries.Scope scoping, Pending next) {
        List<ErrorDetail> failure = outcome.errorsAt(alias);
        if (failure.isEmpty() && scoping == Boundaries.Scope.VENTURES && scope == null) {
            failure = scopeFailure;
        }
        if (!failure.isEmpty()) {
            List<ErrorDetail> reason = failure;
            places.forEach(place -> fail(place, reason));
            return;
        }
        Map<String, ArrayNode> byPartner = new LinkedHashMap<>();
        for (JsonNode entry : outcome.at(alias)) {
            byPartner.put(entry.get("partnerId").asText(), (ArrayNode) entry.get(listField));
        }
        for (Pending.Place place : places) {
            ArrayNode list = within(scoping, byPartner.getOrDefault(place.id(), JSON.arrayNode()));
            place.set(list);
            collect(place.field(), list, place.path(), next);
        }
    }

    // ----- walking an answer -----------------------------------------------------------------

    /**
     * Finds, below {@code value} (the answer for {@code field}), the places the other service
     * fills. Only the branches of the selection that lead to such a place are walked: an
     * answer's scalars are never visited.
     */
    private void collect(ExecutableNormalizedField field, JsonNode value, Path path, Pending next) {
        if (value == null || value.isNull() || !leadsAcross(field)) {
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collect(field, value.get(i), path.index(i), next);
            }
            return;
        }
        if (!(value instanceof ObjectNode object)) {
            return;
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            String key = child.getResultKey();
            if (boundaries.isRefused(child)) {
                hidden.add(object);
                object.putNull(key);
                report(FieldAccess.refusal(caller, child.getSingleObjectTypeName(), child.getName()).details(),
                        path.key(key).toList());
            } else if (boundaries.partnerFieldOfVentures(child) != null) {
                hidden.add(object);
                next.partnerFieldsOfVentures.add(new Pending.Place(child, object, object.get(Selections.HIDDEN_ID).asText(),
                        path.key(key)));
            } else if (boundaries.isPartnerReference(child)) {
                JsonNode reference = object.get(key);
                if (reference != null && reference.hasNonNull(ID)) {
                    next.partnerReferences.add(new Pending.Place(child, object, reference.get(ID).asText(), path.key(key)));
                }
            } else if (child.hasChildren()) {
                collect(child, object.get(key), path.key(key), next);
            }
        }
    }

    /** Whether some field below {@code field} is answered by the other service (memoized per request). */
    private boolean leadsAcross(ExecutableNormalizedField field) {
        Boolean known = crossing.get(field);
        if (known != null) {
            return known;
        }
        boolean across = false;
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (boundaries.crosses(child) || (child.hasChildren() && leadsAcross(child))) {
                across = true;
                break;
            }
        }
        crossing.put(field, across);
        return across;
    }

    // ----- scope -----------------------------------------------------------------------------

    private void needScope(Batch batch) {
        if (scope != null || batch.onVentures.stream().anyMatch(ScopeReader.class::isInstance)) {
            return;
        }
        Document document = batch.ventures;
        String alias = SCOPE_ALIAS + document.alias();
        document.root(alias, "scope", "venturesOfPartners(partnerIds: ["
                + document.variable("ID!", caller.partnerId()) + "]) { ventures { id } }");
        // first in line: every other answer of this level may need the scope
        batch.onVentures.add(0, new ScopeReader(alias));
    }

    /** Reads the caller's scope from the answer it rode along with. */
    private final class ScopeReader implements Consumer<Outcome> {

        private final String alias;

        ScopeReader(String alias) {
            this.alias = alias;
        }

        @Override
        public void accept(Outcome outcome) {
            List<ErrorDetail> failure = outcome.errorsAt(alias);
            if (!failure.isEmpty()) {
                scopeFailure = failure;
                return;
            }
            Set<String> ids = new HashSet<>();
            for (JsonNode entry : outcome.at(alias)) {
                entry.get("ventures").forEach(venture -> ids.add(venture.get(ID).asText()));
            }
            scope = Set.copyOf(ids);
        }
    }

    private boolean inScope(ExecutableNormalizedField root, String id) {
        if (scope == null) {
            fail(root, scopeFailure);
            return false;
        }
        if (!scope.contains(id)) {
            fail(root, notFound(id).details());
            return false;
        }
        return true;
    }

    /** The objects of {@code list} the caller may see under {@code scoping}. */
    private ArrayNode within(Boundaries.Scope scoping, ArrayNode list) {
        return switch (scoping) {
            case NONE -> list;
            case VENTURES -> withinScope(list);
            case PARTIES -> withOwnParty(list);
        };
    }

    /** The agreements of {@code agreements} the caller's partner is a party to. */
    private ArrayNode withOwnParty(ArrayNode agreements) {
        ArrayNode kept = JSON.arrayNode(agreements.size());
        for (JsonNode agreement : agreements) {
            if (agreement instanceof ObjectNode object) {
                hidden.add(object);
                if (ownPartyOf(object)) {
                    kept.add(object);
                }
            }
        }
        return kept;
    }

    /** Whether the caller's partner is among the agreement's parties (read under their hidden key). */
    private boolean ownPartyOf(ObjectNode agreement) {
        JsonNode parties = agreement.get(Selections.HIDDEN_PARTIES);
        if (parties == null || caller.partnerId() == null) {
            return false;
        }
        for (JsonNode party : parties) {
            if (caller.partnerId().equals(party.path("partner").path(ID).asText(null))) {
                return true;
            }
        }
        return false;
    }

    private ArrayNode withinScope(ArrayNode ventures) {
        ArrayNode kept = JSON.arrayNode(ventures.size());
        for (JsonNode venture : ventures) {
            if (venture instanceof ObjectNode object) {
                hidden.add(object);
                if (scope.contains(object.get(Selections.HIDDEN_ID).asText())) {
                    kept.add(object);
                }
            }
        }
        return kept;
    }

    private static ApiException notFound(String id) {
        return new NotFoundException(ID, "no venture with id " + id);
    }

    // ----- calls and errors ------------------------------------------------------------------

    private Uni<Void> run(Batch batch) {
        String key = batch.mutation ? idempotencyKey : null;
        Uni<Outcome> ventures = call(VenturesSubgraph.NAME, batch.ventures, key);
        Uni<Outcome> partners = call(PartnersSubgraph.NAME, batch.partners, key);
        return Uni.combine().all().unis(ventures, partners).asTuple().invoke(both -> {
            batch.onVentures.forEach(callback -> callback.accept(both.getItem1()));
            batch.onPartners.forEach(callback -> callback.accept(both.getItem2()));
        }).replaceWithVoid();
    }

    private Uni<Outcome> call(String service, Document document, String key) {
        if (document.isEmpty()) {
            return Uni.createFrom().item(new Outcome(service, null, null));
        }
        var answer = VenturesSubgraph.NAME.equals(service)
                ? services.ventures().execute(caller, document.operation(), document.variables(), key)
                : services.partners().execute(caller, document.operation(), document.variables(), key);
        return answer.map(response -> new Outcome(service, response, null))
                .onFailure(ApiException.class).recoverWithItem(failure -> new Outcome(service, null, (ApiException) failure))
                .onFailure().recoverWithItem(failure -> new Outcome(service, null, UpstreamUnavailableException.of(service)));
    }

    private boolean failed(ExecutableNormalizedField root, Outcome outcome, String alias) {
        List<ErrorDetail> failure = outcome.errorsAt(alias);
        if (failure.isEmpty()) {
            return false;
        }
        fail(root, failure);
        return true;
    }

    private void fail(ExecutableNormalizedField root, List<ErrorDetail> details) {
        data.putNull(root.getResultKey());
        report(details, List.of(root.getResultKey()));
    }

    private void fail(Pending.Place place, List<ErrorDetail> details) {
        place.set(NullNode.instance);
        report(details, place.path().toList());
    }

    private void report(List<ErrorDetail> details, List<Object> path) {
        for (ErrorDetail detail : details) {
            errors.add(GraphqlErrorBuilder.newError().message(detail.message()).path(path)
                    .extensions(detail.extensions()).build());
        }
    }
}
