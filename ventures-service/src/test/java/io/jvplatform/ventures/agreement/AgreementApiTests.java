package io.jvplatform.ventures.agreement;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.SqlStatements;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.postAs;
import static io.jvplatform.ventures.support.GraphQL.postWithHeader;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** Capacity agreements: parties and their roles, queries by program and partner, versions, bad input, partner scoping. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class AgreementApiTests {

    private static final String FIELDS = """
            id name program status capacityMw value { amount currency } announcedDate startDate endDate description version
            parties { partner { id } role } sources { title url date }
            """;
    private static final String CREATE = "mutation C($input: AgreementInput!) { createAgreement(input: $input) { " + FIELDS + " } }";
    private static final String UPDATE = """
            mutation U($id: ID!, $expectedVersion: Int!, $input: AgreementInput!) {
              updateAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) { id name status version }
            }
            """;
    private static final String ONE = "query A($id: ID!) { agreement(id: $id) { " + FIELDS + " } }";
    private static final String LIST = """
            query L($filter: AgreementFilter, $offset: Int, $limit: Int) {
              agreements(filter: $filter, offset: $offset, limit: $limit) { totalCount items { id name } }
            }
            """;
    private static final String OF_PARTNERS = """
            query O($ids: [ID!]!) { agreementsOfPartners(partnerIds: $ids) { partnerId agreements { id name parties { role } } } }
            """;

    @Inject
    EntityManagerFactory factory;

    private String buyer;
    private String provider;
    private String other;

    private void partners() {
        if (buyer == null) {
            buyer = Partners.create("Capacity buyer");
            provider = Partners.create("Capacity provider");
            other = Partners.create("Other provider");
        }
    }

    private Map<String, Object> input(String name, String program, String buyerId, String providerId) {
        return vars("name", name, "program", program, "status", "ANNOUNCED", "capacityMw", new BigDecimal("4500"),
                "parties", List.of(vars("partnerId", buyerId, "role", "BUYER"), vars("partnerId", providerId, "role", "PROVIDER")),
                "sources", List.of(vars("title", "Report: 4.5 GW", "url", "https://example.org/report", "date", "2025-07-22")));
    }

    private String create(Map<String, Object> input) {
        return json(post(CREATE, vars("input", input)).body("errors", nullValue())).getString("data.createAgreement.id");
    }

    @Test
    void anAgreementHasItsPartiesFiguresAndSources() {
        partners();
        Map<String, Object> input = input("Capacity deal", Ventures.uniqueProgram(), buyer, provider);
        input.put("value", vars("amount", new BigDecimal("11900000000"), "currency", "USD"));
        String id = create(input);

        JsonPath read = json(post(ONE, vars("id", id)).body("errors", nullValue()));
        assertThat(read.getString("data.agreement.name")).isEqualTo("Capacity deal");
        assertThat(new BigDecimal(String.valueOf(read.getString("data.agreement.capacityMw")))).isEqualByComparingTo("4500");
        assertThat(new BigDecimal(String.valueOf(read.getString("data.agreement.value.amount")))).isEqualByComparingTo("11900000000");
        assertThat(read.getString("data.agreement.value.currency")).isEqualTo("USD");
        assertThat(read.getList("data.agreement.parties.role")).containsExactly("BUYER", "PROVIDER");
        assertThat(read.getList("data.agreement.parties.partner.id")).containsExactly(buyer, provider);
        assertThat(read.getList("data.agreement.sources.title")).containsExactly("Report: 4.5 GW");
        assertThat(read.getInt("data.agreement.version")).isEqualTo(1);
    }

    @Test
    void agreementsAreFoundByProgramAndByPartyAndPaged() {
        partners();
        String program = Ventures.uniqueProgram();
        String b = create(input("B deal", program, buyer, provider));
        String a = create(input("A deal", program, buyer, other));
        create(input("Elsewhere", Ventures.uniqueProgram(), buyer, provider));

        JsonPath byProgram = json(post(LIST, vars("filter", vars("program", program))).body("errors", nullValue()));
        assertThat(byProgram.getList("data.agreements.items.id")).containsExactly(a, b);
        assertThat(byProgram.getInt("data.agreements.totalCount")).isEqualTo(2);

        JsonPath secondPage = json(post(LIST, vars("filter", vars("program", program), "offset", 1, "limit", 1))
                .body("errors", nullValue()));
        assertThat(secondPage.getList("data.agreements.items.id")).containsExactly(b);
        assertThat(secondPage.getInt("data.agreements.totalCount")).isEqualTo(2);

        JsonPath byParty = json(post(LIST, vars("filter", vars("program", program, "partnerId", other))).body("errors", nullValue()));
        assertThat(byParty.getList("data.agreements.items.id")).containsExactly(a);
    }

    @Test
    void agreementsOfPartnersAnswersEveryPartnerInOneCallInTheirOrder() {
        partners();
        String newcomer = Partners.create("No deals yet");
        String x = create(input("X deal", Ventures.uniqueProgram(), buyer, other));

        Map<String, Object> ids = vars("ids", List.of(other, newcomer, buyer));
        long statements = new SqlStatements(factory).during(() -> post(OF_PARTNERS, ids).body("errors", nullValue()));
        JsonPath read = json(post(OF_PARTNERS, ids).body("errors", nullValue()));

        assertThat(read.getList("data.agreementsOfPartners.partnerId")).containsExactly(other, newcomer, buyer);
        assertThat(read.getList("data.agreementsOfPartners[0].agreements.id")).contains(x);
        assertThat(read.getList("data.agreementsOfPartners[1].agreements")).isEmpty();
        assertThat(read.getList("data.agreementsOfPartners[2].agreements.id")).contains(x);
        // the agreements, then their parties and their sources, each batched: not one query per agreement
        assertThat(statements).isLessThanOrEqualTo(3);
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndAStaleOneWritesNothing() {
        partners();
        String id = create(input("Versioned deal", Ventures.uniqueProgram(), buyer, provider));
        Map<String, Object> changed = input("Signed deal", null, buyer, other);
        changed.put("status", "SIGNED");

        JsonPath updated = json(post(UPDATE, vars("id", id, "expectedVersion", 1, "input", changed)).body("errors", nullValue()));
        assertThat(updated.getInt("data.updateAgreement.version")).isEqualTo(2);

        JsonPath stale = json(post(UPDATE, vars("id", id, "expectedVersion", 1, "input", input("Stale", null, buyer, provider))));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(stale.getString("errors[0].extensions.field")).isEqualTo("expectedVersion");

        JsonPath read = json(post(ONE, vars("id", id)).body("errors", nullValue()));
        assertThat(read.getString("data.agreement.name")).isEqualTo("Signed deal");
        assertThat(read.getString("data.agreement.status")).isEqualTo("SIGNED");
        assertThat(read.getList("data.agreement.parties.partner.id")).containsExactly(buyer, other);
    }

    Stream<Arguments> badInputs() {
        return Stream.of(
                row("no provider", "input.parties", i -> i.put("parties", List.of(vars("partnerId", buyer, "role", "BUYER")))),
                row("no party at all", "input.parties", i -> i.put("parties", List.of())),
                row("a partner twice", "input.parties[1].partnerId", i -> i.put("parties", List.of(
                        vars("partnerId", buyer, "role", "BUYER"), vars("partnerId", buyer, "role", "PROVIDER")))),
                row("an unknown partner", "input.parties[1].partnerId", i -> i.put("parties", List.of(
                        vars("partnerId", buyer, "role", "BUYER"), vars("partnerId", UUID.randomUUID().toString(), "role", "PROVIDER")))),
                row("a partner id that is no id", "input.parties[0].partnerId", i -> i.put("parties", List.of(
                        vars("partnerId", "openai", "role", "BUYER"), vars("partnerId", provider, "role", "PROVIDER")))),
                row("an unknown role", "input.parties[1].role", i -> i.put("parties", List.of(
                        vars("partnerId", buyer, "role", "BUYER"), vars("partnerId", provider, "role", "SELLER")))),
                row("a blank name", "input.name", i -> i.put("name", " ")),
                row("a name with a control character", "input.name", i -> i.put("name", "Deal\u001b")),
                row("a negative capacity", "input.capacityMw", i -> i.put("capacityMw", new BigDecimal("-1"))),
                row("a capacity with 4 decimals", "input.capacityMw", i -> i.put("capacityMw", new BigDecimal("1.0001"))),
                row("a value of zero", "input.value.amount", i -> i.put("value", vars("amount", BigDecimal.ZERO, "currency", "USD"))),
                row("a value in no currency", "input.value.currency", i -> i.put("value", vars("amount", BigDecimal.TEN, "currency", "usd!"))),
                row("an end before the start", "input.endDate", i -> {
                    i.put("startDate", "2026-01-01");
                    i.put("endDate", "2025-12-31");
                }),
                row("a source that is no web address", "input.sources[0].url",
                        i -> i.put("sources", List.of(vars("title", "Report", "url", "ftp://example.org/x")))),
                row("an unknown status", "input.status", i -> i.put("status", "RUMOURED")));
    }

    private static Arguments row(String label, String field, java.util.function.Consumer<Map<String, Object>> change) {
        return Arguments.of(label, field, change);
    }

    @ParameterizedTest(name = "{0}: VALIDATION on {1}")
    @MethodSource("badInputs")
    void badInputIsRefusedWithItsFieldAndNothingIsWritten(String label, String field,
                                                         java.util.function.Consumer<Map<String, Object>> change) {
        partners();
        String program = Ventures.uniqueProgram();
        Map<String, Object> input = input("Bad deal", program, buyer, provider);
        change.accept(input);

        JsonPath refused = json(post(CREATE, vars("input", input)));

        assertThat(refused.getString("errors[0].extensions.code")).as(refused.prettify()).isEqualTo("VALIDATION");
        assertThat(refused.getString("errors[0].extensions.field")).as(refused.prettify()).isEqualTo(field);
        assertThat(json(post(LIST, vars("filter", vars("program", program)))).getInt("data.agreements.totalCount")).isZero();
    }

    @Test
    void aPartnerUserSeesOnlyTheAgreementsItsPartnerIsAPartyTo() {
        partners();
        String program = Ventures.uniqueProgram();
        String own = create(input("Own deal", program, buyer, provider));
        String foreign = create(input("Foreign deal", program, other, provider));
        String partnerUser = "Bearer " + TestIssuer.token(KeycloakRealm.PARTNER, List.of(KeycloakRealm.PARTNER), buyer);

        JsonPath list = json(postWithHeader(partnerUser, LIST, vars("filter", vars("program", program))).statusCode(200));
        assertThat(list.getList("data.agreements.items.id")).containsExactly(own);
        assertThat(list.getInt("data.agreements.totalCount")).isEqualTo(1);

        JsonPath hidden = json(postWithHeader(partnerUser, ONE, vars("id", foreign)).statusCode(200));
        assertThat(hidden.getString("data.agreement")).isNull();
        assertThat(hidden.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(json(postWithHeader(partnerUser, ONE, vars("id", own)).statusCode(200)).getString("data.agreement.id")).isEqualTo(own);

        // the provider's agreements, as the buyer's user: only those the buyer is a party to as well
        JsonPath ofProvider = json(postWithHeader(partnerUser, OF_PARTNERS, vars("ids", List.of(provider))).statusCode(200));
        assertThat(ofProvider.getList("data.agreementsOfPartners[0].agreements.id")).contains(own).doesNotContain(foreign);

        String noPartner = "Bearer " + TestIssuer.token(KeycloakRealm.PARTNER, List.of(KeycloakRealm.PARTNER));
        assertThat(json(postWithHeader(noPartner, LIST, vars("filter", vars("program", program))).statusCode(200))
                .getInt("data.agreements.totalCount")).isZero();
    }

    @Test
    void readersReadAgreementsButOnlyEditorsWriteThem() {
        partners();
        String program = Ventures.uniqueProgram();
        String id = create(input("Guarded deal", program, buyer, provider));
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.PARTNER)) {
            assertForbidden(postAs(user, CREATE, vars("input", input("Refused", program, buyer, provider))));
            assertForbidden(postAs(user, UPDATE, vars("id", id, "expectedVersion", 1, "input", input("Refused", program, buyer, provider))));
        }
        postAs(KeycloakRealm.VIEWER, ONE, vars("id", id)).body("errors", nullValue());
        postAs(KeycloakRealm.EDITOR, UPDATE, vars("id", id, "expectedVersion", 1, "input", input("Edited", program, buyer, provider)))
                .body("errors", nullValue());
        assertThat(json(post(LIST, vars("filter", vars("program", program)))).getList("data.agreements.items.name"))
                .containsExactly("Edited");
    }

    private static void assertForbidden(ValidatableResponse response) {
        assertThat(json(response).getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }
}
