package io.jvplatform.ventures.api;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.SqlStatements;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 8.3: the gateway sends one document per level carrying the client's whole selection; this
 * service answers it in at most 4 JDBC round trips, the same for 5 ventures as for 50 (counted, not
 * timed). The CPU figure of the README comes from {@link #cpuPerDashboard()}, run on demand.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class ReadPathCostTests {

    static final int MAX_ROUND_TRIPS = 4;

    private static final String VENTURE_FIELDS = """
            id name program status site { name region country }
            ownership { asOf ledgerVersion parity stakes { partner { id } percentage } }
            fundingPhases { id name ordinal kind status capacityMw targetDate committedCapital { amount currency } capitalPerMw { amount currency }
              commitments { partner { id } percentage amount { amount currency } } sources { title url date } }
            participants { partner { id } role } totals { amount currency } sources { title url date }
            ownershipHistory { version type effectiveDate actor reason recordedAt percentage stakes { partner { id } percentage } from { id } to { id } }
            """;

    /** The gateway's dashboard document (VentureAspects), as it forwards it. */
    static final String DASHBOARD = """
            query Dashboard($filter: VentureFilter, $offset: Int, $limit: Int) {
              ventures(filter: $filter, offset: $offset, limit: $limit) { totalCount items { %s } }
            }
            """.formatted(VENTURE_FIELDS);

    private static final String BY_IDS = """
            query ByIds($ids: [ID!]!) { venturesByIds(ids: $ids) { %s } }
            """.formatted(VENTURE_FIELDS);

    private static final String ONE = """
            query One($id: ID!) { venture(id: $id) { %s } }
            """.formatted(VENTURE_FIELDS);

    private static final String OF_PARTNERS = """
            query OfPartners($partnerIds: [ID!]!) { venturesOfPartners(partnerIds: $partnerIds) { partnerId ventures { %s } } }
            """.formatted(VENTURE_FIELDS);

    @Inject
    EntityManagerFactory factory;

    private Portfolio five;
    private Portfolio fifty;

    /** {@code size} ventures with 2 or 3 owners, one participant, a source and two funding phases with a source each. */
    record Portfolio(String program, List<String> ventures, List<String> owners) {

        static Portfolio seed(int size) {
            String program = Ventures.uniqueProgram();
            List<String> owners = List.of(Partners.create("Owner A"), Partners.create("Owner B"), Partners.create("Owner C"));
            String advisor = Partners.create("Advisor");
            List<String> ventures = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Map<String, Object> input = Ventures.input("Venture " + i, program);
                input.put("site", Map.of("name", "Site " + i, "region", "Nordland", "country", "NO"));
                input.put("sources", List.of(Map.of("title", "Press release " + i, "url", "https://example.com/" + i, "date", "2025-07-31")));
                String venture = Ventures.create(input);
                List<Map<String, Object>> stakes = i % 2 == 0
                        ? List.of(stake(owners.get(0), "50"), stake(owners.get(1), "50"))
                        : List.of(stake(owners.get(0), "33.3334"), stake(owners.get(1), "33.3333"), stake(owners.get(2), "33.3333"));
                Ventures.setOwnership(venture, Ventures.setInput(0, "2025-07-31", stakes));
                post("""
                        mutation Participant($ventureId: ID!, $partnerId: ID!) {
                          addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: ADVISOR) { id }
                        }
                        """, vars("ventureId", venture, "partnerId", advisor)).body("errors", nullValue());
                for (int ordinal = 1; ordinal <= 2; ordinal++) {
                    post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", vars(
                            "name", "Phase " + ordinal, "ordinal", ordinal, "kind", ordinal == 1 ? "INITIAL" : "EXPANSION",
                            "status", "COMMITTED", "committedCapital", Map.of("amount", new BigDecimal("1000000000"), "currency", "USD"),
                            "capacityMw", new BigDecimal("230"), "targetDate", "2027-01-01",
                            "sources", List.of(Map.of("title", "Phase source", "url", "https://example.com/phase"))))).body("errors", nullValue());
                }
                ventures.add(venture);
            }
            return new Portfolio(program, ventures, owners);
        }
    }

    /** Seeded on first use, not in a @BeforeAll: RestAssured points at the test app only once a test runs. */
    private void seed() {
        if (five == null) {
            five = Portfolio.seed(5);
            fifty = Portfolio.seed(50);
        }
    }

    @Test
    void theDashboardOfFiftyVenturesTakesAtMostFourRoundTripsAndNoMoreThanForFive() {
        seed();
        long forFive = roundTrips(DASHBOARD, page(five));
        long forFifty = roundTrips(DASHBOARD, page(fifty));

        assertThat(forFifty).as("JDBC round trips for 50 ventures").isLessThanOrEqualTo(MAX_ROUND_TRIPS).isEqualTo(forFive);
        JsonPath answer = json(post(DASHBOARD, page(fifty)).body("errors", nullValue()));
        assertThat(answer.getInt("data.ventures.totalCount")).isEqualTo(50);
        assertThat(answer.getList("data.ventures.items")).hasSize(50);
        assertThat(answer.getList("data.ventures.items[0].fundingPhases")).hasSize(2);
        assertThat(answer.getList("data.ventures.items[0].ownershipHistory")).hasSize(1);
        assertThat(answer.getList("data.ventures.items[0].participants")).hasSize(1);
    }

    @Test
    void venturesByIdsTakesAtMostFourRoundTripsAndNoMoreThanForFive() {
        seed();
        long forFive = roundTrips(BY_IDS, vars("ids", five.ventures()));
        long forFifty = roundTrips(BY_IDS, vars("ids", fifty.ventures()));

        assertThat(forFifty).isLessThanOrEqualTo(MAX_ROUND_TRIPS).isEqualTo(forFive);
    }

    @Test
    void oneVentureTakesAtMostFourRoundTrips() {
        seed();
        assertThat(roundTrips(ONE, vars("id", fifty.ventures().get(0)))).isLessThanOrEqualTo(MAX_ROUND_TRIPS);
    }

    @Test
    void venturesOfPartnersTakesAtMostFourRoundTripsAndNoMoreThanForFive() {
        seed();
        long forFive = roundTrips(OF_PARTNERS, vars("partnerIds", five.owners()));
        long forFifty = roundTrips(OF_PARTNERS, vars("partnerIds", fifty.owners()));

        assertThat(forFifty).isLessThanOrEqualTo(MAX_ROUND_TRIPS).isEqualTo(forFive);
        JsonPath answer = json(post(OF_PARTNERS, vars("partnerIds", fifty.owners())).body("errors", nullValue()));
        assertThat(answer.getList("data.venturesOfPartners[0].ventures")).hasSize(50);
    }

    private long roundTrips(String document, Map<String, Object> variables) {
        post(document, variables).body("errors", nullValue()); // once to warm up: class loading, caches
        return new SqlStatements(factory).during(() -> post(document, variables).body("errors", nullValue()));
    }

    static Map<String, Object> page(Portfolio portfolio) {
        return vars("filter", Map.of("program", portfolio.program()), "offset", 0, "limit", 50);
    }
}
