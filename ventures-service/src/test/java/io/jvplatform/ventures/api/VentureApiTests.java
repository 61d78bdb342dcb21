package io.jvplatform.ventures.api;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class VentureApiTests {

    private static final String VENTURE = """
            query Venture($id: ID!) {
              venture(id: $id) {
                id name legalName jurisdiction program status announcedDate cooling description version
                site { name region country }
                energy { renewableSharePercent source }
                sources { title url date }
                participants { partner { id } role }
              }
            }
            """;

    private static final String UPDATE = """
            mutation Update($id: ID!, $expectedVersion: Int!, $input: VentureInput!) {
              updateVenture(id: $id, expectedVersion: $expectedVersion, input: $input) { id name version }
            }
            """;

    private static final String ADD_PARTICIPANT = """
            mutation Add($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
              addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { participants { partner { id } role } }
            }
            """;

    private static final String REMOVE_PARTICIPANT = """
            mutation Remove($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
              removeParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { participants { partner { id } role } }
            }
            """;

    private static final String PAGE = """
            query Page($filter: VentureFilter, $offset: Int, $limit: Int) {
              ventures(filter: $filter, offset: $offset, limit: $limit) { totalCount items { id name } }
            }
            """;

    private static final String BY_IDS = """
            query ByIds($ids: [ID!]!) { venturesByIds(ids: $ids) { id name } }
            """;

    private static final String OF_PARTNERS = """
            query OfPartners($partnerIds: [ID!]!) { venturesOfPartners(partnerIds: $partnerIds) { partnerId ventures { id name } } }
            """;

    private static final String ACTIVE_STAKES = """
            query ActiveStakes($partnerId: ID!) { activeStakes(partnerId: $partnerId) { id name status } }
            """;

    @Test
    void createVentureIsReadBackWithEveryAttribute() {
        String program = Ventures.uniqueProgram();
        Map<String, Object> input = Ventures.input("Stargate Norway", program);
        input.put("legalName", "Stargate Norway AS");
        input.put("site", vars("name", "Narvik", "region", "Nordland", "country", "NO"));
        input.put("energy", vars("renewableSharePercent", new BigDecimal("100"), "source", "hydropower"));
        input.put("cooling", "closed-loop direct-to-chip liquid cooling");
        input.put("announcedDate", "2025-07-31");
        input.put("description", "50/50 joint venture");
        input.put("sources", List.of(vars("title", "Press release", "url", "https://example.org/press", "date", "2025-07-31")));

        String id = Ventures.create(input);

        JsonPath read = json(post(VENTURE, vars("id", id)).body("errors", nullValue()));
        assertThat(read.getString("data.venture.name")).isEqualTo("Stargate Norway");
        assertThat(read.getString("data.venture.legalName")).isEqualTo("Stargate Norway AS");
        assertThat(read.getString("data.venture.jurisdiction")).isEqualTo("NO");
        assertThat(read.getString("data.venture.program")).isEqualTo(program);
        assertThat(read.getString("data.venture.status")).isEqualTo("ACTIVE");
        assertThat(read.getString("data.venture.announcedDate")).isEqualTo("2025-07-31");
        assertThat(read.getString("data.venture.site.name")).isEqualTo("Narvik");
        assertThat(read.getString("data.venture.site.region")).isEqualTo("Nordland");
        assertThat(read.getObject("data.venture.energy.renewableSharePercent", BigDecimal.class)).isEqualByComparingTo("100");
        assertThat(read.getString("data.venture.energy.source")).isEqualTo("hydropower");
        assertThat(read.getString("data.venture.cooling")).isEqualTo("closed-loop direct-to-chip liquid cooling");
        assertThat(read.getString("data.venture.sources[0].url")).isEqualTo("https://example.org/press");
        assertThat(read.getString("data.venture.sources[0].date")).isEqualTo("2025-07-31");
        assertThat(read.getInt("data.venture.version")).isEqualTo(1);
        assertThat(read.getList("data.venture.participants")).isEmpty();
    }

    @Test
    void updateVentureWithTheCurrentVersionIsReadBack() {
        String id = Ventures.create("Before");
        Map<String, Object> input = Ventures.input("After", Ventures.uniqueProgram());
        input.put("status", "STALLED");

        post(UPDATE, vars("id", id, "expectedVersion", 1, "input", input))
                .body("errors", nullValue())
                .body("data.updateVenture.version", equalTo(2));

        JsonPath read = json(post(VENTURE, vars("id", id)));
        assertThat(read.getString("data.venture.name")).isEqualTo("After");
        assertThat(read.getString("data.venture.status")).isEqualTo("STALLED");
    }

    @Test
    void updateVentureWithAStaleVersionIsAConflict() {
        String id = Ventures.create("Original");

        post(UPDATE, vars("id", id, "expectedVersion", 7, "input", Ventures.input("Overwritten", "x")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("expectedVersion"));

        assertThat(json(post(VENTURE, vars("id", id))).getString("data.venture.name")).isEqualTo("Original");
    }

    static Stream<Arguments> badVentureInputs() {
        return Stream.of(
                Arguments.of("a 10,000-character name", "name", "x".repeat(10_000), "input.name"),
                Arguments.of("a blank name", "name", "   ", "input.name"),
                Arguments.of("an unknown country code", "jurisdiction", "XY", "input.jurisdiction"),
                Arguments.of("a lower-case country code", "jurisdiction", "no", "input.jurisdiction"),
                Arguments.of("an unknown site country", "site", vars("country", "ZZ"), "input.site.country"),
                Arguments.of("a renewable share above 100", "energy", vars("renewableSharePercent", new BigDecimal("100.5")),
                        "input.energy.renewableSharePercent"),
                Arguments.of("a source without title", "sources", List.of(vars("title", " ")), "input.sources[0].title"),
                Arguments.of("a source with a non-web URL", "sources", List.of(vars("title", "t", "url", "ftp://example.org/x")),
                        "input.sources[0].url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badVentureInputs")
    void badVentureInputIsRefusedAndNothingIsWritten(String label, String key, Object value, String field) {
        String program = Ventures.uniqueProgram();
        Map<String, Object> input = Ventures.input("Bad input", program);
        input.put(key, value);

        post(Ventures.CREATE, vars("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo(field));

        post(PAGE, vars("filter", vars("program", program))).body("data.ventures.totalCount", equalTo(0));
    }

    @Test
    void participantsAreAddedAndRemoved() {
        String id = Ventures.create("With participants");
        String builder = Partners.create("Builder");
        String offtaker = Partners.create("Offtaker");

        post(ADD_PARTICIPANT, vars("ventureId", id, "partnerId", builder, "role", "BUILDER")).body("errors", nullValue());
        post(ADD_PARTICIPANT, vars("ventureId", id, "partnerId", builder, "role", "OPERATOR")).body("errors", nullValue());
        post(ADD_PARTICIPANT, vars("ventureId", id, "partnerId", offtaker, "role", "OFFTAKER")).body("errors", nullValue());
        post(REMOVE_PARTICIPANT, vars("ventureId", id, "partnerId", builder, "role", "OPERATOR")).body("errors", nullValue());

        JsonPath read = json(post(VENTURE, vars("id", id)));
        assertThat(read.getList("data.venture.participants.role", String.class)).containsExactly("BUILDER", "OFFTAKER");
        assertThat(read.getList("data.venture.participants.partner.id", String.class)).containsExactly(builder, offtaker);
    }

    @Test
    void aRoleHeldAlreadyIsAConflictAndAMissingOneNotFound() {
        String id = Ventures.create("Duplicate role");
        String builder = Partners.create("Builder");
        post(ADD_PARTICIPANT, vars("ventureId", id, "partnerId", builder, "role", "BUILDER")).body("errors", nullValue());

        post(ADD_PARTICIPANT, vars("ventureId", id, "partnerId", builder, "role", "BUILDER"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        post(REMOVE_PARTICIPANT, vars("ventureId", id, "partnerId", builder, "role", "ADVISOR"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void unknownOrArchivedPartnersCannotTakeARole() {
        String id = Ventures.create("Picky venture");
        String archived = Partners.create("Archived");
        Partners.archive(archived, Partners.version(archived)).body("errors", nullValue());

        post(ADD_PARTICIPANT, vars("ventureId", id, "partnerId", UUID.randomUUID().toString(), "role", "ADVISOR"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("partnerId"));
        post(ADD_PARTICIPANT, vars("ventureId", id, "partnerId", archived, "role", "ADVISOR"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("partnerId"));

        assertThat(json(post(VENTURE, vars("id", id))).getList("data.venture.participants")).isEmpty();
    }

    @Test
    void anUnknownVentureIsNullWithNotFound() {
        post(VENTURE, vars("id", UUID.randomUUID().toString()))
                .body("data.venture", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("id"));
        post(VENTURE, vars("id", "not-a-uuid"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void venturesByIdsKeepsTheOrderWithNullForUnknown() {
        String first = Ventures.create("First");
        String second = Ventures.create("Second");
        String unknown = UUID.randomUUID().toString();

        JsonPath read = json(post(BY_IDS, vars("ids", List.of(second, unknown, first))).body("errors", nullValue()));

        assertThat(read.getList("data.venturesByIds")).hasSize(3);
        assertThat(read.getString("data.venturesByIds[0].name")).isEqualTo("Second");
        assertThat(read.getMap("data.venturesByIds[1]")).isNull();
        assertThat(read.getString("data.venturesByIds[2].name")).isEqualTo("First");
    }

    @Test
    void venturesAreFilteredAndPagedByName() {
        String program = Ventures.uniqueProgram();
        Ventures.create(Ventures.input("Charlie", program));
        Ventures.create(Ventures.input("alpha", program));
        Map<String, Object> stalled = Ventures.input("Bravo", program);
        stalled.put("status", "STALLED");
        stalled.put("site", vars("country", "US"));
        Ventures.create(stalled);

        JsonPath all = json(post(PAGE, vars("filter", vars("program", program), "offset", 0, "limit", 2)).body("errors", nullValue()));
        assertThat(all.getInt("data.ventures.totalCount")).isEqualTo(3);
        assertThat(all.getList("data.ventures.items.name")).containsExactly("Bravo", "Charlie");
        JsonPath next = json(post(PAGE, vars("filter", vars("program", program), "offset", 2, "limit", 2)));
        assertThat(next.getList("data.ventures.items.name")).containsExactly("alpha");

        assertThat(json(post(PAGE, vars("filter", vars("program", program, "status", "STALLED")))).getList("data.ventures.items.name"))
                .containsExactly("Bravo");
        assertThat(json(post(PAGE, vars("filter", vars("program", program, "country", "US")))).getList("data.ventures.items.name"))
                .containsExactly("Bravo");
        assertThat(json(post(PAGE, vars("filter", vars("program", program, "search", "HARL")))).getList("data.ventures.items.name"))
                .containsExactly("Charlie");
    }

    @Test
    void aPageLimitOutsideOneToHundredIsRefused() {
        post(PAGE, vars("limit", 0)).body("errors[0].extensions.code", equalTo("VALIDATION")).body("errors[0].extensions.field", equalTo("limit"));
        post(PAGE, vars("limit", 101)).body("errors[0].extensions.field", equalTo("limit"));
        post(PAGE, vars("offset", -1)).body("errors[0].extensions.field", equalTo("offset"));
    }

    @Test
    void venturesOfPartnersAndActiveStakesFindOwnersAndRoles() {
        String owner = Partners.create("Owner");
        String other = Partners.create("Other owner");
        String offtaker = Partners.create("Offtaker only");
        String nobody = Partners.create("Nobody");
        String owned = Ventures.create("Owned venture");
        Ventures.setOwnership(owned, Ventures.setInput(0, "2025-01-01", List.of(stake(owner, "60"), stake(other, "40"))));
        post(ADD_PARTICIPANT, vars("ventureId", owned, "partnerId", offtaker, "role", "OFFTAKER")).body("errors", nullValue());
        Map<String, Object> dissolvedInput = Ventures.input("Dissolved venture", Ventures.uniqueProgram());
        dissolvedInput.put("status", "DISSOLVED");
        String dissolved = Ventures.create(dissolvedInput);
        Ventures.setOwnership(dissolved, Ventures.setInput(0, "2025-01-01", List.of(stake(owner, "100"))));

        JsonPath read = json(post(OF_PARTNERS, vars("partnerIds", List.of(nobody, offtaker, owner))).body("errors", nullValue()));
        assertThat(read.getList("data.venturesOfPartners.partnerId")).containsExactly(nobody, offtaker, owner);
        assertThat(read.getList("data.venturesOfPartners[0].ventures")).isEmpty();
        assertThat(read.getList("data.venturesOfPartners[1].ventures.id")).containsExactly(owned);
        assertThat(read.getList("data.venturesOfPartners[2].ventures.name")).containsExactly("Dissolved venture", "Owned venture");

        assertThat(json(post(ACTIVE_STAKES, vars("partnerId", owner))).getList("data.activeStakes.id")).containsExactly(owned);
        assertThat(json(post(ACTIVE_STAKES, vars("partnerId", offtaker))).getList("data.activeStakes")).isEmpty();
        assertThat(json(post(PAGE, vars("filter", vars("partnerId", offtaker)))).getList("data.ventures.items.id")).containsExactly(owned);
    }
}
