package io.jvplatform.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo data set, loaded into two stand-in services on loopback that record every GraphQL request:
 * what is written, in which order, with which ids, and that each fact holds the rules a user's input
 * must hold (stakes add up to 100, references name what was created before).
 */
class DemoDataTests {

    static {
        // the JDK's HTTP server writes head and body apart: without this each answer waits out a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Decimals as they were written, not as doubles. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final Pattern OPERATION = Pattern.compile("^\\s*(query|mutation)\\s+(\\w+)");

    /** One GraphQL request as a stand-in service received it. */
    record Call(String service, String operation, String query, JsonNode variables, String authorization) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, String> partnerNames = new HashMap<>();
    private final Set<String> ventureIds = new HashSet<>();
    private HttpServer partners;
    private HttpServer ventures;
    private volatile long partnerCount;
    /** The operation the ventures stand-in refuses with a GraphQL error; null for none. */
    private volatile String refused;
    private volatile int venturesStatus = 200;

    @BeforeEach
    void startServices() throws IOException {
        partners = service("partners", this::answerPartners);
        ventures = service("ventures", this::answerVentures);
    }

    @AfterEach
    void stopServices() {
        partners.stop(0);
        ventures.stop(0);
    }

    @Test
    void anEmptyPlatformGetsTheWholeDataSet() {
        DemoData.loadIfEmpty(url(partners), url(ventures), () -> "t");

        assertThat(operations("partners")).containsExactly("CountPartners", "CreatePartner", "CreatePartner", "CreatePartner",
                "CreatePartner", "CreatePartner", "CreatePartner");
        assertThat(partnerNames.values()).containsExactlyInAnyOrder("Nscale", "Aker", "OpenAI", "SoftBank", "Oracle", "CoreWeave");
        assertThat(calls(null, "CreateVenture")).extracting(call -> call.variables().path("input").path("name").asText())
                .containsExactly("Stargate Norway", "Stargate", "Stargate UAE");
        assertThat(calls(null, "CreateAgreement")).hasSize(2);
    }

    @Test
    void aPlatformThatHoldsAnyPartnerArchivedOnesIncludedIsLeftAlone() {
        partnerCount = 1;

        DemoData.loadIfEmpty(url(partners), url(ventures), () -> "t");

        assertThat(calls).extracting(Call::operation).containsExactly("CountPartners");
        assertThat(calls.get(0).query()).contains("includeArchived: true");
    }

    @Test
    void loadWritesWithoutAskingFirst() {
        partnerCount = 7;

        DemoData.load(url(partners), url(ventures), () -> "t");

        assertThat(operations("partners")).doesNotContain("CountPartners").hasSize(6);
    }

    @Test
    void nscaleHasTheIdThatTheDemoPartnerUsersTokenNamesAndTheOthersGetTheServicesOwn() {
        load();

        assertThat(calls(null, "CreatePartner")).allSatisfy(call -> {
            String name = call.variables().path("input").path("name").asText();
            JsonNode id = call.variables().path("id");
            if (name.equals("Nscale")) {
                assertThat(id.asText()).isEqualTo(KeycloakRealm.NSCALE_PARTNER_ID);
            } else {
                assertThat(id.isNull()).as(name).isTrue();
            }
        });
    }

    @Test
    void everyPartnerHasAKindACountryCodeAndADescription() {
        load();

        assertThat(calls(null, "CreatePartner")).extracting(call -> call.variables().path("input"))
                .allSatisfy(input -> {
                    assertThat(input.path("kind").asText()).matches("[A-Z_]+");
                    assertThat(input.path("country").asText()).matches("[A-Z]{2}");
                    assertThat(input.path("description").asText()).isNotBlank();
                });
    }

    @Test
    void everyOwnershipsStakesAddUpToOneHundredAndNameCreatedPartners() {
        load();

        List<Call> ownerships = calls(null, "SetOwnership");
        assertThat(ownerships).hasSize(2).allSatisfy(call -> {
            JsonNode input = call.variables().path("input");
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode stake : input.path("stakes")) {
                assertThat(partnerNames).containsKey(stake.path("partnerId").asText());
                assertThat(stake.path("percentage").isNumber()).isTrue();
                total = total.add(stake.path("percentage").decimalValue());
            }
            assertThat(total).isEqualByComparingTo("100");
            assertThat(input.path("basedOnVersion").asInt()).as("the first ledger entry").isZero();
            assertThat(input.path("effectiveDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(input.path("reason").asText()).isNotBlank();
            assertThat(ventureIds).contains(call.variables().path("ventureId").asText());
        });
    }

    @Test
    void stargateNorwayIsOwnedHalfByNscaleAndHalfByAker() {
        load();

        Call norway = calls(null, "SetOwnership").get(0);
        assertThat(norway.variables().path("ventureId").asText()).isEqualTo(ventureNamed("Stargate Norway"));
        assertThat(stakes(norway)).containsOnly(Map.entry("Nscale", new BigDecimal("50")), Map.entry("Aker", new BigDecimal("50")));
        assertThat(norway.variables().path("input").path("effectiveDate").asText()).isEqualTo("2025-07-31");
    }

    @Test
    void theOriginalStargatesIllustrativeSplitIsSoftBankAndOpenAi() {
        load();

        Call stargate = calls(null, "SetOwnership").get(1);
        assertThat(stargate.variables().path("ventureId").asText()).isEqualTo(ventureNamed("Stargate"));
        assertThat(stakes(stargate)).containsOnly(Map.entry("SoftBank", new BigDecimal("50")), Map.entry("OpenAI", new BigDecimal("50")));
        assertThat(stargate.variables().path("input").path("reason").asText()).contains("illustrative");
    }

    @Test
    void fourEyesIsSwitchedOnForStargateNorwayOnlyAndOnlyAfterItsFoundingOwnership() {
        load();

        List<String> ventureOperations = operations("ventures");
        assertThat(calls(null, "RequireApproval")).singleElement()
                .satisfies(call -> assertThat(call.variables().path("ventureId").asText()).isEqualTo(ventureNamed("Stargate Norway")));
        // the other way round the founding stakes would need a second admin's approval
        assertThat(ventureOperations.indexOf("RequireApproval")).isEqualTo(ventureOperations.indexOf("SetOwnership") + 1);
    }

    @Test
    void theParticipantsAreTheRolesDesignDocNames() {
        load();

        assertThat(calls(null, "AddParticipant")).extracting(call -> ventureName(call.variables().path("ventureId").asText()) + ": "
                        + partnerNames.get(call.variables().path("partnerId").asText()) + " " + call.variables().path("role").asText())
                .containsExactly("Stargate Norway: Nscale BUILDER", "Stargate Norway: Nscale OPERATOR", "Stargate Norway: OpenAI OFFTAKER",
                        "Stargate: OpenAI OFFTAKER", "Stargate UAE: OpenAI OFFTAKER");
    }

    @Test
    void stargateNorwaysBoardHasAsManySeatsForNscaleAsForAkerSoItsDeadlockRiskIsHigh() {
        load();

        Map<String, Integer> seats = new HashMap<>();
        for (Call call : calls(null, "AddBoardSeat")) {
            assertThat(call.variables().path("ventureId").asText()).isEqualTo(ventureNamed("Stargate Norway"));
            seats.merge(partnerNames.get(call.variables().path("input").path("partnerId").asText()), 1, Integer::sum);
        }
        assertThat(seats).containsOnly(Map.entry("Nscale", 2), Map.entry("Aker", 2));
        assertThat(calls(null, "SetDeadlockMechanism")).singleElement().satisfies(call -> {
            assertThat(call.variables().path("input").path("mechanism").asText()).isEqualTo("ESCALATION");
            assertThat(call.variables().path("input").path("note").asText()).startsWith("Illustrative");
        });
    }

    @Test
    void theReservedMattersAreMarkedIllustrativeAndTheStakesThresholdIsAPercentage() {
        load();

        List<JsonNode> matters = calls(null, "AddReservedMatter").stream().map(call -> call.variables().path("input")).toList();
        assertThat(matters).extracting(matter -> matter.path("title").asText())
                .containsExactly("Annual budget approval", "Admission of a new partner", "Capital call above USD 100 m");
        assertThat(matters).allSatisfy(matter -> assertThat(matter.path("description").asText()).startsWith("Illustrative"));
        JsonNode capitalCall = matters.get(2);
        assertThat(capitalCall.path("approval").asText()).isEqualTo("STAKES");
        assertThat(capitalCall.path("thresholdPercent").decimalValue()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(capitalCall.path("above").path("amount").decimalValue()).isEqualByComparingTo("100000000");
    }

    @Test
    void stargateNorwaysFirstPhaseCitesBothConflictingFigures() {
        load();

        List<JsonNode> phases = calls(null, "AddFundingPhase").stream().map(call -> call.variables().path("input")).toList();
        assertThat(phases).extracting(phase -> phase.path("ordinal").asInt()).containsExactly(1, 2);
        JsonNode first = phases.get(0);
        assertThat(first.path("committedCapital").path("amount").decimalValue()).isEqualTo(new BigDecimal("1000000000.00"));
        assertThat(first.path("committedCapital").path("currency").asText()).isEqualTo("USD");
        assertThat(first.path("capacityMw").decimalValue()).isEqualByComparingTo("230");
        assertThat(first.path("sources")).hasSize(2);
        assertThat(phases.get(1).path("capacityMw").decimalValue()).isEqualByComparingTo("290");
        assertThat(phases.get(1).has("committedCapital")).isFalse();
    }

    @Test
    void openAisCapacityDealsAreAgreementsBetweenTheirTwoParties() {
        load();

        assertThat(calls(null, "CreateAgreement")).extracting(call -> {
            List<String> parties = new ArrayList<>();
            call.variables().path("input").path("parties").forEach(party ->
                    parties.add(partnerNames.get(party.path("partnerId").asText()) + " " + party.path("role").asText()));
            return String.join(", ", parties);
        }).containsExactly("OpenAI BUYER, Oracle PROVIDER", "OpenAI BUYER, CoreWeave PROVIDER");
    }

    @Test
    void everyVariableIsDeclaredByItsDocumentAndEveryDocumentIsNamed() {
        load();

        assertThat(calls).allSatisfy(call -> {
            assertThat(call.operation()).isNotNull();
            for (Iterator<String> names = call.variables().fieldNames(); names.hasNext(); ) {
                assertThat(call.query()).as(call.operation()).contains("$" + names.next() + ":");
            }
        });
    }

    @Test
    void everyVentureWriteNamesAVentureCreatedBefore() {
        load();

        Set<String> created = new HashSet<>();
        for (Call call : calls) {
            if (call.variables().has("ventureId")) {
                assertThat(created).as(call.operation()).contains(call.variables().path("ventureId").asText());
            }
            if (call.operation().equals("CreateVenture")) {
                created.add(ventureNamed(call.variables().path("input").path("name").asText()));
            }
        }
    }

    @Test
    void theSameLoadSendsTheSameRequestsEveryTime() {
        load();
        List<String> first = calls.stream().map(call -> call.operation() + " " + call.variables()).toList();
        calls.clear();
        ids.set(0);
        partnerNames.clear();
        ventureIds.clear();

        load();

        assertThat(calls.stream().map(call -> call.operation() + " " + call.variables()).toList()).isEqualTo(first);
    }

    @Test
    void everyRequestCarriesTheTokenAskedForAtThatRequest() {
        AtomicInteger asked = new AtomicInteger();

        DemoData.loadIfEmpty(url(partners), url(ventures), () -> "token-" + asked.incrementAndGet());

        assertThat(calls).extracting(Call::authorization).doesNotHaveDuplicates()
                .allSatisfy(header -> assertThat(header).matches("Bearer token-\\d+"));
        assertThat(asked).hasValue(calls.size());
    }

    @Test
    void withoutATokenNoAuthorizationHeaderIsSent() {
        DemoData.loadIfEmpty(url(partners), url(ventures), null);
        DemoData.load(url(partners), url(ventures), () -> null);

        assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call.authorization()).isNull());
    }

    @Test
    void aGraphQlErrorStopsTheLoadAndNamesTheRefusedDocument() {
        refused = "AddFundingPhase";

        assertThatThrownBy(this::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("demo data: " + url(ventures) + " refused mutation AddFundingPhase($ventureId: ID!, $input: FundingPhaseInput!) {: ")
                .hasMessageContaining("VALIDATION");
        assertThat(operations("ventures")).last().isEqualTo("AddFundingPhase");
    }

    @Test
    void anAnswerThatIsNotHttp200StopsTheLoad() {
        venturesStatus = 503;

        assertThatThrownBy(this::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("demo data: " + url(ventures) + " answered HTTP 503: down");
        assertThat(operations("ventures")).containsExactly("CreateVenture");
    }

    @Test
    void aServiceThatIsNotThereIsNamed() {
        String gone = url(partners);
        partners.stop(0);

        assertThatThrownBy(() -> DemoData.loadIfEmpty(gone, url(ventures), () -> "t"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("demo data: cannot reach " + gone);
    }

    private void load() {
        DemoData.load(url(partners), url(ventures), () -> "t");
    }

    private String answerPartners(Call call) {
        return switch (call.operation()) {
            case "CountPartners" -> "{\"data\":{\"partners\":{\"totalCount\":" + partnerCount + "}}}";
            case "CreatePartner" -> {
                JsonNode given = call.variables().path("id");
                String id = given.isNull() ? id() : given.asText();
                partnerNames.put(id, call.variables().path("input").path("name").asText());
                yield "{\"data\":{\"createPartner\":{\"id\":\"" + id + "\"}}}";
            }
            default -> throw new AssertionError("partners-service has no " + call.operation());
        };
    }

    private String answerVentures(Call call) {
        if (call.operation().equals(refused)) {
            return "{\"data\":null,\"errors\":[{\"message\":\"refused\",\"extensions\":{\"code\":\"VALIDATION\"}}]}";
        }
        if (call.operation().equals("CreateVenture")) {
            String id = id();
            ventureIds.add(id);
            return "{\"data\":{\"createVenture\":{\"id\":\"" + id + "\"}},\"errors\":[]}";
        }
        return "{\"data\":{}}";
    }

    private String id() {
        return String.format("00000000-0000-0000-0000-%012d", ids.incrementAndGet());
    }

    private HttpServer service(String name, java.util.function.Function<Call, String> answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graphql", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String query = body.path("query").asText();
            Matcher operation = OPERATION.matcher(query);
            Call call = new Call(name, operation.find() ? operation.group(2) : null, query, body.path("variables"),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            calls.add(call);
            int status = name.equals("ventures") ? venturesStatus : 200;
            byte[] bytes = (status == 200 ? answer.apply(call) : "down").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private List<String> operations(String service) {
        return calls.stream().filter(call -> call.service().equals(service)).map(Call::operation).toList();
    }

    private List<Call> calls(String service, String operation) {
        return calls.stream().filter(call -> service == null || call.service().equals(service))
                .filter(call -> call.operation().equals(operation)).toList();
    }

    /** The id the stand-in gave the venture of that name. */
    private String ventureNamed(String name) {
        List<Call> creates = calls(null, "CreateVenture");
        List<String> created = ventureIds.stream().sorted().toList();
        for (int i = 0; i < creates.size(); i++) {
            if (creates.get(i).variables().path("input").path("name").asText().equals(name)) {
                return created.get(i);
            }
        }
        throw new AssertionError("no venture " + name);
    }

    private String ventureName(String id) {
        return calls(null, "CreateVenture").stream().map(call -> call.variables().path("input").path("name").asText())
                .filter(name -> ventureNamed(name).equals(id)).findFirst().orElseThrow();
    }

    private Map<String, BigDecimal> stakes(Call ownership) {
        Map<String, BigDecimal> stakes = new HashMap<>();
        StreamSupport.stream(ownership.variables().path("input").path("stakes").spliterator(), false).forEach(stake ->
                stakes.put(partnerNames.get(stake.path("partnerId").asText()), stake.path("percentage").decimalValue()));
        return stakes;
    }
}
