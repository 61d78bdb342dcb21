package io.jvplatform.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The demo data of the local run (and of tests that want a realistic platform): the partners and
 * ventures named in docs/design.md, with only the facts stated there. Written through the services'
 * own GraphQL mutations, so it passes every rule a user's input passes.
 */
public final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String COUNT_PARTNERS = """
            query CountPartners { partners(filter: {includeArchived: true}, limit: 1) { totalCount } }
            """;
    private static final String CREATE_PARTNER = """
            mutation CreatePartner($input: PartnerInput!, $id: ID) { createPartner(input: $input, id: $id) { id } }
            """;
    private static final String CREATE_VENTURE = """
            mutation CreateVenture($input: VentureInput!) { createVenture(input: $input) { id } }
            """;
    private static final String ADD_PARTICIPANT = """
            mutation AddParticipant($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
              addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { id }
            }
            """;
    private static final String SET_OWNERSHIP = """
            mutation SetOwnership($ventureId: ID!, $input: SetOwnershipInput!) {
              setOwnership(ventureId: $ventureId, input: $input) { ledgerVersion }
            }
            """;
    private static final String REQUIRE_APPROVAL = """
            mutation RequireApproval($ventureId: ID!) { setOwnershipApprovalRequired(ventureId: $ventureId, required: true) }
            """;
    private static final String ADD_FUNDING_PHASE = """
            mutation AddFundingPhase($ventureId: ID!, $input: FundingPhaseInput!) {
              addFundingPhase(ventureId: $ventureId, input: $input) { id }
            }
            """;

    private static final String ADD_BOARD_SEAT = """
            mutation AddBoardSeat($ventureId: ID!, $input: BoardSeatInput!) {
              addBoardSeat(ventureId: $ventureId, input: $input) { id }
            }
            """;
    private static final String SET_DEADLOCK_MECHANISM = """
            mutation SetDeadlockMechanism($ventureId: ID!, $input: DeadlockMechanismInput!) {
              setDeadlockMechanism(ventureId: $ventureId, expectedVersion: 0, input: $input) { version }
            }
            """;
    private static final String ADD_RESERVED_MATTER = """
            mutation AddReservedMatter($ventureId: ID!, $input: ReservedMatterInput!) {
              addReservedMatter(ventureId: $ventureId, input: $input) { id }
            }
            """;
    private static final String CREATE_AGREEMENT = """
            mutation CreateAgreement($input: AgreementInput!) { createAgreement(input: $input) { id } }
            """;
    /** Board and deadlock terms of Stargate Norway are not public: the demo's are illustrative, and say so. */
    private static final String ILLUSTRATIVE = "Illustrative: the joint venture agreement's governance terms are not public.";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String partnersUrl;
    private final String venturesUrl;
    private final Supplier<String> bearerToken;

    private DemoData(String partnersUrl, String venturesUrl, Supplier<String> bearerToken) {
        this.partnersUrl = partnersUrl;
        this.venturesUrl = venturesUrl;
        this.bearerToken = bearerToken == null ? () -> null : bearerToken;
    }

    /**
     * Loads the demo data when partners-service holds no partner at all (archived ones included),
     * so a second local run, or a database someone already uses, is left alone.
     *
     * @param bearerToken an access token for both services (admin role once they check tokens); may return null
     */
    public static void loadIfEmpty(String partnersUrl, String venturesUrl, Supplier<String> bearerToken) {
        DemoData demo = new DemoData(partnersUrl, venturesUrl, bearerToken);
        if (demo.partnerCount() == 0) {
            demo.load();
        }
    }

    /** Loads the demo data unconditionally (partner names are unique: only into a platform without them). */
    public static void load(String partnersUrl, String venturesUrl, Supplier<String> bearerToken) {
        new DemoData(partnersUrl, venturesUrl, bearerToken).load();
    }

    private void load() {
        // Nscale gets the id that realm jv gives the demo partner user (partner_id), so that user sees Nscale's ventures
        String nscale = partner(KeycloakRealm.NSCALE_PARTNER_ID, "Nscale", "INFRASTRUCTURE_PROVIDER", "GB",
                "AI infrastructure provider; builds and operates Stargate Norway.");
        String aker = partner("Aker", "INDUSTRIAL", "NO", "Norwegian industrial group.");
        String openAi = partner("OpenAI", "AI_LAB", "US",
                "Takes the capacity of Stargate Norway; has its own capacity deals with Oracle (4.5 GW) and CoreWeave (USD 11.9 bn).");
        String softBank = partner("SoftBank", "INVESTOR", "JP", "Partner in the original Stargate plan in the US.");
        String oracle = partner("Oracle", "INFRASTRUCTURE_PROVIDER", "US", "Capacity deal with OpenAI: 4.5 GW.");
        String coreWeave = partner("CoreWeave", "INFRASTRUCTURE_PROVIDER", "US", "Capacity deal with OpenAI: USD 11.9 bn.");

        String norway = venture(map(
                "name", "Stargate Norway",
                "jurisdiction", "NO",
                "site", map("name", "Narvik", "region", "Nordland", "country", "NO"),
                "program", "Stargate",
                "status", "ACTIVE",
                "energy", map("renewableSharePercent", new BigDecimal("100"), "source", "hydropower"),
                "cooling", "closed-loop direct-to-chip liquid cooling",
                "description", "50/50 joint venture of Nscale and Aker; OpenAI takes the capacity. About USD 1 bn is "
                        + "committed to the first phase for 230 MW, with an ambition of 290 MW more."));
        setOwnership(norway, "2025-07-31", "Founding: 50/50 joint venture of Nscale and Aker.",
                List.of(stake(nscale, "50"), stake(aker, "50")));
        // From its founding on, a change of Stargate Norway's ownership is proposed by one admin and approved by another.
        call(venturesUrl, REQUIRE_APPROVAL, map("ventureId", norway));
        participant(norway, nscale, "BUILDER");
        participant(norway, nscale, "OPERATOR");
        participant(norway, openAi, "OFFTAKER");
        fundingPhase(norway, map(
                "name", "Phase 1",
                "ordinal", 1,
                "kind", "INITIAL",
                "status", "COMMITTED",
                "committedCapital", map("amount", new BigDecimal("1000000000.00"), "currency", "USD"),
                "capacityMw", new BigDecimal("230"),
                // Public figures conflict; both are cited so the reader sees where each number came from.
                "sources", List.of(
                        map("title", "Report: about USD 1 bn committed to the first phase for 230 MW"),
                        map("title", "Report: 20 MW for the same USD 1 bn"))));
        fundingPhase(norway, map(
                "name", "Expansion",
                "ordinal", 2,
                "kind", "OPTION",
                "status", "PLANNED",
                "capacityMw", new BigDecimal("290")));
        board(norway, nscale, aker);

        String stargate = venture(map(
                "name", "Stargate",
                "jurisdiction", "US",
                "site", map("region", "Ohio", "country", "US"),
                "program", "Stargate",
                "status", "STALLED",
                "announcedDate", "2025-01-21",
                "description", "USD 500 bn plan announced at the White House in January 2025; stalled over site "
                        + "disagreements and shrank to one small site in Ohio."));
        setOwnership(stargate, "2025-01-21",
                "The actual split is not public; this equal split is illustrative.",
                List.of(stake(softBank, "50"), stake(openAi, "50")));
        participant(stargate, openAi, "OFFTAKER");

        String uae = venture(map(
                "name", "Stargate UAE",
                "jurisdiction", "AE",
                "program", "Stargate",
                "status", "ANNOUNCED",
                "description", "A separate Stargate venture with other partners."));
        participant(uae, openAi, "OFFTAKER");

        // OpenAI's own capacity deals (not joint ventures), with the figures their sources give and nothing more
        agreement(map(
                "name", "OpenAI–Oracle capacity agreement",
                "status", "ANNOUNCED",
                "capacityMw", new BigDecimal("4500"),
                "description", "OpenAI's capacity deal with Oracle: 4.5 GW.",
                "parties", List.of(party(openAi, "BUYER"), party(oracle, "PROVIDER")),
                "sources", List.of(map("title", "Report: OpenAI's capacity deal with Oracle, 4.5 GW"))));
        agreement(map(
                "name", "OpenAI–CoreWeave agreement",
                "status", "ANNOUNCED",
                "value", map("amount", new BigDecimal("11900000000.00"), "currency", "USD"),
                "description", "OpenAI's agreement with CoreWeave: USD 11.9 bn.",
                "parties", List.of(party(openAi, "BUYER"), party(coreWeave, "PROVIDER")),
                "sources", List.of(map("title", "Report: OpenAI's agreement with CoreWeave, USD 11.9 bn"))));
    }

    /**
     * Stargate Norway's board: as many seats for Nscale as for Aker, no casting vote, so with its 50/50
     * stakes the deadlock risk is HIGH. The seat count, mechanism and matters are illustrative (not public).
     */
    private void board(String norway, String nscale, String aker) {
        for (String owner : List.of(nscale, aker, nscale, aker)) {
            call(venturesUrl, ADD_BOARD_SEAT, map("ventureId", norway, "input", map("partnerId", owner, "startDate", "2025-07-31")));
        }
        call(venturesUrl, SET_DEADLOCK_MECHANISM, map("ventureId", norway, "input",
                map("mechanism", "ESCALATION", "note", ILLUSTRATIVE)));
        reservedMatter(norway, map("title", "Annual budget approval", "approval", "UNANIMOUS", "description", ILLUSTRATIVE));
        reservedMatter(norway, map("title", "Admission of a new partner", "approval", "UNANIMOUS", "description", ILLUSTRATIVE));
        reservedMatter(norway, map("title", "Capital call above USD 100 m", "approval", "STAKES",
                "thresholdPercent", new BigDecimal("75"),
                "above", map("amount", new BigDecimal("100000000.00"), "currency", "USD"), "description", ILLUSTRATIVE));
    }

    private void reservedMatter(String ventureId, Map<String, Object> input) {
        call(venturesUrl, ADD_RESERVED_MATTER, map("ventureId", ventureId, "input", input));
    }

    private void agreement(Map<String, Object> input) {
        call(venturesUrl, CREATE_AGREEMENT, map("input", input));
    }

    private static Map<String, Object> party(String partnerId, String role) {
        return map("partnerId", partnerId, "role", role);
    }

    private long partnerCount() {
        return call(partnersUrl, COUNT_PARTNERS, Map.of()).path("partners").path("totalCount").asLong();
    }

    private String partner(String name, String kind, String country, String description) {
        return partner(null, name, kind, country, description);
    }

    /** {@code id}: the id the partner must have, or null for one that partners-service chooses. */
    private String partner(String id, String name, String kind, String country, String description) {
        Map<String, Object> input = map("name", name, "kind", kind, "country", country, "description", description);
        return call(partnersUrl, CREATE_PARTNER, map("input", input, "id", id)).path("createPartner").path("id").asText();
    }

    private String venture(Map<String, Object> input) {
        return call(venturesUrl, CREATE_VENTURE, map("input", input)).path("createVenture").path("id").asText();
    }

    private void participant(String ventureId, String partnerId, String role) {
        call(venturesUrl, ADD_PARTICIPANT, map("ventureId", ventureId, "partnerId", partnerId, "role", role));
    }

    private void setOwnership(String ventureId, String effectiveDate, String reason, List<Map<String, Object>> stakes) {
        call(venturesUrl, SET_OWNERSHIP, map("ventureId", ventureId, "input",
                map("basedOnVersion", 0, "effectiveDate", effectiveDate, "reason", reason, "stakes", stakes)));
    }

    private void fundingPhase(String ventureId, Map<String, Object> input) {
        call(venturesUrl, ADD_FUNDING_PHASE, map("ventureId", ventureId, "input", input));
    }

    private static Map<String, Object> stake(String partnerId, String percentage) {
        return map("partnerId", partnerId, "percentage", new BigDecimal(percentage));
    }

    /** Posts one GraphQL document and returns its {@code data}; any GraphQL error fails the load. */
    private JsonNode call(String baseUrl, String query, Map<String, Object> variables) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(map("query", query, "variables", variables))));
            String token = bearerToken.get();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("demo data: " + baseUrl + " answered HTTP " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            if (body.hasNonNull("errors") && !body.get("errors").isEmpty()) {
                throw new IllegalStateException("demo data: " + baseUrl + " refused " + firstLine(query) + ": " + body.get("errors"));
            }
            return body.path("data");
        } catch (IOException e) {
            throw new UncheckedIOException("demo data: cannot reach " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo data: interrupted", e);
        }
    }

    private static String firstLine(String query) {
        return query.strip().lines().findFirst().orElse(query);
    }

    /** An insertion-ordered map from alternating keys and values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
