package io.jvplatform.partners.api;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.jvplatform.partners.support.GraphQL.execute;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.create;
import static io.jvplatform.partners.support.Partners.input;
import static io.jvplatform.partners.support.Partners.randomId;
import static io.jvplatform.partners.support.Partners.read;
import static io.jvplatform.partners.support.Partners.uniqueName;
import static io.jvplatform.partners.support.Partners.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** partner, partnersByIds and partners(filter, offset, limit). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class PartnerQueriesTests {

    private static final String PARTNER = """
            query Partner($id: ID!) {
              partner(id: $id) { id name }
            }
            """;

    private static final String PARTNERS_BY_IDS = """
            query ByIds($ids: [ID!]!) {
              partnersByIds(ids: $ids) { id name archived }
            }
            """;

    private static final String PARTNERS = """
            query Partners($filter: PartnerFilter, $offset: Int, $limit: Int) {
              partners(filter: $filter, offset: $offset, limit: $limit) { totalCount items { id name } }
            }
            """;

    private static final String PARTNERS_WITH_DEFAULT_PAGING = """
            query Partners($filter: PartnerFilter) {
              partners(filter: $filter) { totalCount items { name } }
            }
            """;

    private static final String ARCHIVE = """
            mutation Archive($id: ID!) {
              archivePartner(id: $id, expectedVersion: 0) { archived }
            }
            """;

    @Test
    void partnerReturnsThePartner() {
        Map<String, Object> partner = create("Nscale");

        execute(PARTNER, variables("id", partner.get("id")))
                .body("errors", nullValue())
                .body("data.partner.id", equalTo(partner.get("id")))
                .body("data.partner.name", equalTo(partner.get("name")));
    }

    @Test
    void anUnknownPartnerIsNullWithANotFoundError() {
        execute(PARTNER, variables("id", randomId()))
                .body("data.partner", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].path[0]", equalTo("partner"));
    }

    @Test
    void aMalformedIdIsAValidationError() {
        execute(PARTNER, variables("id", "42"))
                .body("data.partner", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void partnersByIdsFollowsTheOrderOfTheIdsWithNullForUnknownAndArchivedIncluded() {
        Map<String, Object> aker = create("Aker");
        Map<String, Object> nscale = create("Nscale");
        Map<String, Object> archived = create("Archived");
        execute(ARCHIVE, variables("id", archived.get("id"))).body("data.archivePartner.archived", equalTo(true));
        String unknown = randomId();

        List<Map<String, Object>> found = execute(PARTNERS_BY_IDS,
                variables("ids", List.of(nscale.get("id"), unknown, archived.get("id"), aker.get("id"), nscale.get("id"))))
                .body("errors", nullValue())
                .extract().jsonPath().getList("data.partnersByIds");

        assertThat(found).extracting(partner -> partner == null ? null : partner.get("id"))
                .containsExactly(nscale.get("id"), null, archived.get("id"), aker.get("id"), nscale.get("id"));
        assertThat(found.get(2)).containsEntry("archived", true);
    }

    @Test
    void partnersByIdsOfNothingIsEmpty() {
        execute(PARTNERS_BY_IDS, variables("ids", List.of()))
                .body("errors", nullValue())
                .body("data.partnersByIds.size()", equalTo(0));
    }

    @Test
    void partnersByIdsNamesTheMalformedId() {
        execute(PARTNERS_BY_IDS, variables("ids", List.of(randomId(), "nope")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("ids[1]"));
    }

    @Test
    void partnersArePagedInNameOrderIgnoringCase() {
        String tag = uniqueName("paging");
        for (String name : List.of("zeta", "Alpha", "delta", "beta", "Gamma")) {
            create(with(input(name), "name", name + " " + tag));
        }
        Map<String, Object> filter = variables("search", tag.toUpperCase());

        assertThat(page(filter, 0, 2)).containsExactly("Alpha " + tag, "beta " + tag);
        assertThat(page(filter, 2, 2)).containsExactly("delta " + tag, "Gamma " + tag);
        assertThat(page(filter, 4, 2)).containsExactly("zeta " + tag);
        assertThat(page(filter, 6, 2)).isEmpty();
        execute(PARTNERS, variables("filter", filter, "offset", 4, "limit", 2))
                .body("data.partners.totalCount", equalTo(5));
    }

    @Test
    void partnersDefaultToTheFirstTwentyInNameOrder() {
        String tag = uniqueName("defaults");
        for (int i = 1; i <= 21; i++) {
            create(with(input("P"), "name", String.format("%02d %s", i, tag)));
        }

        execute(PARTNERS_WITH_DEFAULT_PAGING, variables("filter", variables("search", tag)))
                .body("data.partners.totalCount", equalTo(21))
                .body("data.partners.items.size()", equalTo(20))
                .body("data.partners.items[0].name", equalTo("01 " + tag));
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterally() {
        String tag = uniqueName("literal");
        create(with(input("a"), "name", "100% " + tag));
        create(with(input("b"), "name", "100x " + tag));

        assertThat(page(variables("search", "100% " + tag), 0, 10)).containsExactly("100% " + tag);
        assertThat(page(variables("search", "100_ " + tag), 0, 10)).isEmpty();
    }

    @Test
    void partnersFilterByKindAndCountry() {
        String tag = uniqueName("filter");
        create(with(with(with(input("x"), "name", "OpenAI " + tag), "kind", "AI_LAB"), "country", "US"));
        create(with(with(with(input("x"), "name", "Oracle " + tag), "kind", "INFRASTRUCTURE_PROVIDER"), "country", "US"));
        create(with(with(with(input("x"), "name", "Nscale " + tag), "kind", "INFRASTRUCTURE_PROVIDER"), "country", "GB"));

        assertThat(page(variables("search", tag, "kind", "INFRASTRUCTURE_PROVIDER"), 0, 10))
                .containsExactly("Nscale " + tag, "Oracle " + tag);
        assertThat(page(variables("search", tag, "country", "US"), 0, 10))
                .containsExactly("OpenAI " + tag, "Oracle " + tag);
        assertThat(page(variables("search", tag, "kind", "INFRASTRUCTURE_PROVIDER", "country", "GB"), 0, 10))
                .containsExactly("Nscale " + tag);
    }

    @Test
    void archivedPartnersAreListedOnlyWhenAskedFor() {
        String tag = uniqueName("archived");
        create(with(input("x"), "name", "Active " + tag));
        Map<String, Object> archived = create(with(input("x"), "name", "Archived " + tag));
        execute(ARCHIVE, variables("id", archived.get("id"))).body("data.archivePartner.archived", equalTo(true));

        assertThat(page(variables("search", tag), 0, 10)).containsExactly("Active " + tag);
        assertThat(page(variables("search", tag, "includeArchived", true), 0, 10))
                .containsExactly("Active " + tag, "Archived " + tag);
    }

    @ParameterizedTest(name = "offset {0}, limit {1} -> {2}")
    @CsvSource({"0, 0, limit", "0, 101, limit", "0, -1, limit", "-1, 10, offset"})
    void pagingOutsideItsBoundsIsAValidationError(int offset, int limit, String field) {
        execute(PARTNERS, variables("offset", offset, "limit", limit))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo(field));
    }

    @Test
    void anUnknownFilterCountryIsAValidationError() {
        execute(PARTNERS, variables("filter", variables("country", "XX")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("filter.country"));
    }

    @Test
    void readBackThroughPartnerMatchesTheListing() {
        Map<String, Object> partner = create("Listed");

        assertThat(read(partner.get("id"))).isEqualTo(partner);
        assertThat(page(variables("search", partner.get("name")), 0, 1)).containsExactly((String) partner.get("name"));
    }

    private static List<String> page(Map<String, Object> filter, int offset, int limit) {
        return execute(PARTNERS, variables("filter", filter, "offset", offset, "limit", limit))
                .body("errors", nullValue())
                .extract().jsonPath().getList("data.partners.items.name");
    }
}
