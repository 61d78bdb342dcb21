package io.jvplatform.partners.api;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static io.jvplatform.partners.support.GraphQL.execute;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.KNOWN_VALID_LEI;
import static io.jvplatform.partners.support.Partners.PARTNER_FIELDS;
import static io.jvplatform.partners.support.Partners.countNamed;
import static io.jvplatform.partners.support.Partners.create;
import static io.jvplatform.partners.support.Partners.input;
import static io.jvplatform.partners.support.Partners.randomId;
import static io.jvplatform.partners.support.Partners.read;
import static io.jvplatform.partners.support.Partners.uniqueLei;
import static io.jvplatform.partners.support.Partners.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** createPartner, updatePartner and restorePartner through GraphQL; archiving is in PartnerArchiverTests. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class PartnerMutationsTests {

    private static final String CREATE = """
            mutation Create($input: PartnerInput!) {
              createPartner(input: $input) { id name version }
            }
            """;

    private static final String CREATE_WITH_ID = """
            mutation Create($input: PartnerInput!, $id: ID) {
              createPartner(input: $input, id: $id) { id name }
            }
            """;

    private static final String UPDATE = """
            mutation Update($id: ID!, $expectedVersion: Int!, $input: PartnerInput!) {
              updatePartner(id: $id, expectedVersion: $expectedVersion, input: $input) { ...PartnerFields }
            }
            """ + PARTNER_FIELDS;

    private static final String ARCHIVE = """
            mutation Archive($id: ID!, $expectedVersion: Int!) {
              archivePartner(id: $id, expectedVersion: $expectedVersion) { id archived version }
            }
            """;

    private static final String RESTORE = """
            mutation Restore($id: ID!, $expectedVersion: Int!) {
              restorePartner(id: $id, expectedVersion: $expectedVersion) { id archived version }
            }
            """;

    private static final String TEN_THOUSAND_CHARACTERS = "N".repeat(10_000);

    @Test
    void createPartnerStoresEveryFieldAndStartsAtVersionZero() {
        Map<String, Object> input = input("Nscale");

        Map<String, Object> created = create(input);

        assertThat(created).containsAllEntriesOf(input)
                .containsEntry("archived", false)
                .containsEntry("version", 0);
        assertThat(read(created.get("id"))).isEqualTo(created);
    }

    @Test
    void createPartnerTakesTheIdTheClientChose() {
        String id = randomId();
        Map<String, Object> input = input("Nscale with a fixed id");

        execute(CREATE_WITH_ID, variables("input", input, "id", id))
                .body("errors", nullValue())
                .body("data.createPartner.id", equalTo(id));

        assertThat(read(id)).containsEntry("name", input.get("name"));
    }

    @Test
    void createPartnerWithATakenIdIsAConflictAndWritesNothing() {
        Map<String, Object> holder = create("Holder of the id");
        Object taken = holder.get("id");
        Map<String, Object> input = input("Second with the same id");

        execute(CREATE_WITH_ID, variables("input", input, "id", taken))
                .body("data.createPartner", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("id"));

        assertThat(countNamed((String) input.get("name"))).isZero();
        assertThat(read(taken)).containsEntry("name", holder.get("name"));
    }

    @Test
    void createPartnerWithAMalformedIdIsInvalidAndWritesNothing() {
        Map<String, Object> input = input("Malformed id");

        execute(CREATE_WITH_ID, variables("input", input, "id", "1-2-3-4-5"))
                .body("data.createPartner", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("id"));

        assertThat(countNamed((String) input.get("name"))).isZero();
    }

    @Test
    void createPartnerNeedsOnlyNameCountryAndKind() {
        Map<String, Object> input = variables("name", input("OpenAI").get("name"), "country", "US", "kind", "AI_LAB");

        Map<String, Object> created = create(input);

        assertThat(read(created.get("id")))
                .containsEntry("name", input.get("name"))
                .containsEntry("legalName", null)
                .containsEntry("lei", null)
                .containsEntry("website", null)
                .containsEntry("description", null);
    }

    @Test
    void createPartnerTrimsTextAndUpperCasesCodes() {
        Map<String, Object> input = input("Aker");
        String lei = uniqueLei();
        Map<String, Object> sloppy = with(with(with(input, "name", "  " + input.get("name") + " "), "lei", lei.toLowerCase()),
                "country", "no");

        Map<String, Object> created = create(sloppy);

        assertThat(created).containsEntry("name", input.get("name")).containsEntry("lei", lei).containsEntry("country", "NO");
    }

    @Test
    void createPartnerAcceptsARealLei() {
        Map<String, Object> created = create(with(input("SoftBank"), "lei", KNOWN_VALID_LEI));

        assertThat(read(created.get("id"))).containsEntry("lei", KNOWN_VALID_LEI);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments("LEI with a wrong check digit", "lei", "529900T8BM49AURSDO56", "check digits"),
                arguments("LEI one character short", "lei", "529900T8BM49AURSDO5", "20 characters"),
                arguments("LEI with a dash", "lei", "529900T8BM49AURSD-55", "A-Z or 0-9"),
                arguments("unknown country code", "country", "XX", "ISO 3166-1"),
                arguments("three-letter country code", "country", "NOR", "ISO 3166-1"),
                arguments("10,000-character name", "name", TEN_THOUSAND_CHARACTERS, "at most 200 characters"),
                arguments("blank name", "name", "   ", "blank"),
                arguments("legal name over 300 characters", "legalName", "L".repeat(301), "at most 300 characters"),
                arguments("website that is not http(s)", "website", "ftp://example.com", "http(s) URL"),
                arguments("website without a host", "website", "https://", "http(s) URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void createPartnerRefusesBadInputAndWritesNothing(String description, String field, String value, String message) {
        Map<String, Object> input = input("Refused");
        Map<String, Object> bad = with(input, field, value);

        execute(CREATE, variables("input", bad))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input." + field))
                .body("errors[0].message", containsString(message))
                .body("errors[0].message", not(containsString("Exception")));

        assertThat(countNamed((String) input.get("name"))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void updatePartnerRefusesBadInputAndChangesNothing(String description, String field, String value, String message) {
        Map<String, Object> before = create("Unchanged");

        execute(UPDATE, variables("id", before.get("id"), "expectedVersion", 0, "input", with(input("Changed"), field, value)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input." + field));

        assertThat(read(before.get("id"))).isEqualTo(before);
    }

    @Test
    void duplicateNameIsAConflictWhateverTheCase() {
        Map<String, Object> first = create("Oracle");
        String name = (String) first.get("name");

        execute(CREATE, variables("input", with(input("Other"), "name", name.toUpperCase())))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("input.name"))
                .body("errors[0].message", containsString("already exists"));

        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void duplicateLeiIsAConflict() {
        Map<String, Object> first = create("CoreWeave");
        Map<String, Object> second = with(input("Copycat"), "lei", first.get("lei"));

        execute(CREATE, variables("input", second))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("input.lei"));

        assertThat(countNamed((String) second.get("name"))).isZero();
    }

    @Test
    void updatePartnerReplacesTheFieldsAndBumpsTheVersion() {
        Map<String, Object> before = create("Aker");
        Map<String, Object> changes = with(with(input("Aker Horizons"), "kind", "INVESTOR"), "lei", null);

        Map<String, Object> updated = execute(UPDATE, variables("id", before.get("id"), "expectedVersion", 0, "input", changes))
                .body("errors", nullValue())
                .extract().jsonPath().getMap("data.updatePartner");

        assertThat(updated).containsAllEntriesOf(changes).containsEntry("id", before.get("id")).containsEntry("version", 1);
        assertThat(read(before.get("id"))).isEqualTo(updated);
    }

    @Test
    void updatePartnerMayKeepItsOwnNameInAnotherCase() {
        Map<String, Object> before = create("Nscale");
        Map<String, Object> input = with(input("Nscale"), "name", ((String) before.get("name")).toUpperCase());

        execute(UPDATE, variables("id", before.get("id"), "expectedVersion", 0, "input", input))
                .body("errors", nullValue())
                .body("data.updatePartner.name", equalTo(input.get("name")));
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndWritesNothing() {
        Map<String, Object> before = create("Stale");
        execute(UPDATE, variables("id", before.get("id"), "expectedVersion", 0, "input", input("First edit")))
                .body("data.updatePartner.version", equalTo(1));
        Map<String, Object> afterFirstEdit = read(before.get("id"));

        execute(UPDATE, variables("id", before.get("id"), "expectedVersion", 0, "input", input("Second edit")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("expectedVersion"));

        assertThat(read(before.get("id"))).isEqualTo(afterFirstEdit);
    }

    @Test
    void updateOfAnUnknownPartnerIsNotFound() {
        execute(UPDATE, variables("id", randomId(), "expectedVersion", 0, "input", input("Ghost")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void aMalformedIdIsAValidationError() {
        execute(UPDATE, variables("id", "not-a-uuid", "expectedVersion", 0, "input", input("Ghost")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void restorePartnerBringsBackAnArchivedPartner() {
        Map<String, Object> partner = create("Restored");
        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("data.archivePartner.archived", equalTo(true));

        execute(RESTORE, variables("id", partner.get("id"), "expectedVersion", 1))
                .body("errors", nullValue())
                .body("data.restorePartner.archived", equalTo(false))
                .body("data.restorePartner.version", equalTo(2));

        assertThat(read(partner.get("id"))).containsEntry("archived", false).containsEntry("version", 2);
    }

    @Test
    void restoringAnActivePartnerIsAConflict() {
        Map<String, Object> partner = create("Active");

        execute(RESTORE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));

        assertThat(read(partner.get("id"))).isEqualTo(partner);
    }

    @Test
    void restoreWithAStaleVersionIsAConflict() {
        Map<String, Object> partner = create("Stale restore");
        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0));

        execute(RESTORE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("expectedVersion"));

        assertThat(read(partner.get("id"))).containsEntry("archived", true);
    }
}
