package io.jvplatform.gateway.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.ExecutionResult;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import io.jvplatform.gateway.execution.PublicSchema;
import io.jvplatform.support.security.Caller;
import io.jvplatform.support.security.Roles;

/**
 * The resolution in milliseconds, against recorded services: which documents go where, and
 * how their answers are joined. Rules, not wiring; the end-to-end tests cover the real path.
 */
class ResolutionTests {

    private static final PublicSchema SCHEMA = new PublicSchema();
    private static final Caller VIEWER = new Caller("user", Optional.of("sub"), Set.of(Roles.VIEWER), null, "token");
    private static final String NSCALE = "11111111-1111-1111-1111-111111111111";

    @Test
    void aNamesOnlyPageSendsOnlyNamesToVenturesServiceAndNothingToPartnersService() {
        RecordingServices services = new RecordingServices(
                request -> """
                        {"data":{"r0":{"totalCount":1,"items":[{"name":"Stargate Norway"}]}}}""",
                request -> { throw new AssertionError("partners-service must not be asked"); });

        JsonNode data = data(services, "{ ventures(first: 5) { edges { node { name } } } }", VIEWER);

        assertThat(data.at("/ventures/edges/0/node/name").asText()).isEqualTo("Stargate Norway");
        assertThat(services.toVentures).hasSize(1);
        assertThat(services.toVentures.get(0).query()).contains("name")
                .doesNotContain("ownership", "fundingPhases", "stakes", "partner");
        assertThat(services.toPartners).isEmpty();
    }

    @Test
    void aPartnersVenturesAreAskedOfVenturesServiceInOneCallForThePage() {
        RecordingServices services = new RecordingServices(
                request -> """
                        {"data":{"r0":[{"partnerId":"%s","ventures":[{"name":"Stargate Norway"}]}]}}""".formatted(NSCALE),
                request -> """
                        {"data":{"r0":{"totalCount":1,"items":[{"_jvId":"%s","name":"Nscale"}]}}}""".formatted(NSCALE));

        JsonNode data = data(services, "{ partners(first: 5) { edges { node { name ventures { name } } } } }", VIEWER);

        assertThat(services.toVentures).hasSize(1);
        assertThat(services.toVentures.get(0).query()).contains("venturesOfPartners");
        assertThat(data.at("/partners/edges/0/node/ventures/0/name").asText()).isEqualTo("Stargate Norway");
        assertThat(data.at("/partners/edges/0/node").has("_jvId")).isFalse();
    }

    @Test
    void theIdempotencyKeyGoesWithMutationsAndTheirPartnersButNeverWithReads() {
        RecordingServices services = new RecordingServices(
                request -> """
                        {"data":{"r0":{"id":"v1","ownership":{"stakes":[{"partner":{"id":"%s"}}]}}}}""".formatted(NSCALE),
                request -> """
                        {"data":{"r0":[{"_jvId":"%s","name":"Nscale"}]}}""".formatted(NSCALE));

        JsonNode data = data(services, """
                mutation { createVenture(input: {name: "Stargate Finland", jurisdiction: "FI", status: ANNOUNCED}) {
                  id ownership { stakes { partner { name } } } } }""", ADMIN, "key-1");

        assertThat(data.at("/createVenture/ownership/stakes/0/partner/name").asText()).isEqualTo("Nscale");
        assertThat(services.toVentures.get(0).query()).startsWith("mutation");
        assertThat(services.keys).containsExactly("key-1", null);
    }

    private static final Caller ADMIN = new Caller("user", Optional.of("sub"), Set.of(Roles.ADMIN), null, "token");
    private static final String OPENAI = "22222222-2222-2222-2222-222222222222";
    private static final String ORACLE = "33333333-3333-3333-3333-333333333333";
    private static final Caller NSCALE_USER = new Caller("user", Optional.of("sub"), Set.of(Roles.PARTNER), NSCALE, "token");

    @Test
    void partnersAgreementsAreAskedOfVenturesServiceInOneCallForThePageAndTheirPartiesInOneMore() {
        RecordingServices services = new RecordingServices(
                request -> """
                        {"data":{"r0":[{"partnerId":"%s","agreements":[{"name":"Deal","parties":[{"role":"PROVIDER","partner":{"id":"%s"}}]}]},
                                       {"partnerId":"%s","agreements":[]}]}}""".formatted(OPENAI, ORACLE, ORACLE),
                request -> request.query().contains("partnersByIds")
                        ? """
                        {"data":{"r0":[{"_jvId":"%s","name":"Oracle"}]}}""".formatted(ORACLE)
                        : """
                        {"data":{"r0":{"totalCount":2,"items":[{"_jvId":"%s","name":"OpenAI"},{"_jvId":"%s","name":"Oracle"}]}}}"""
                        .formatted(OPENAI, ORACLE));

        JsonNode data = data(services, "{ partners(first: 5) { edges { node { name agreements { name parties { role partner { name } } } } } } }",
                VIEWER);

        assertThat(services.toVentures).hasSize(1);
        assertThat(services.toVentures.get(0).query()).contains("agreementsOfPartners").doesNotContain("_jvParties");
        assertThat(services.toPartners).hasSize(2);
        assertThat(data.at("/partners/edges/0/node/agreements/0/parties/0/partner/name").asText()).isEqualTo("Oracle");
        assertThat(data.at("/partners/edges/1/node/agreements").size()).isZero();
    }

    @Test
    void aPartnerUserKeepsOnlyTheAgreementsItsPartnerIsAPartyToAndNeverSeesTheHiddenParties() {
        RecordingServices services = new RecordingServices(
                request -> """
                        {"data":{"r0":[{"partnerId":"%s","agreements":[
                          {"_jvParties":[{"partner":{"id":"%s"}},{"partner":{"id":"%s"}}],"name":"OpenAI deal"},
                          {"_jvParties":[{"partner":{"id":"%s"}},{"partner":{"id":"%s"}}],"name":"Nscale deal"}]}]}}"""
                        .formatted(ORACLE, OPENAI, ORACLE, NSCALE, ORACLE),
                request -> """
                        {"data":{"r0":{"_jvId":"%s","name":"Oracle"}}}""".formatted(ORACLE));

        JsonNode data = data(services, "{ partner(id: \"%s\") { name agreements { name } } }".formatted(ORACLE), NSCALE_USER);

        assertThat(services.toVentures.get(0).query()).contains("_jvParties: parties { partner { id } }");
        assertThat(data.at("/partner/agreements").size()).isEqualTo(1);
        assertThat(data.at("/partner/agreements/0/name").asText()).isEqualTo("Nscale deal");
        assertThat(data.at("/partner/agreements/0").has("_jvParties")).isFalse();
    }

    @Test
    void aPartnerUsersAgreementsAreFilteredByItsOwnPartner() {
        RecordingServices services = new RecordingServices(
                request -> """
                        {"data":{"r0":{"totalCount":0,"items":[]}}}""",
                request -> { throw new AssertionError("partners-service must not be asked"); });

        data(services, "{ agreements(first: 5) { totalCount edges { node { name } } } }", NSCALE_USER);

        assertThat(services.toVentures.get(0).variables().toString()).contains("partnerId=" + NSCALE);
    }

    private static JsonNode data(RecordingServices services, String query, Caller caller) {
        return data(services, query, caller, null);
    }

    private static JsonNode data(RecordingServices services, String query, Caller caller, String key) {
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                SCHEMA.schema(), Parser.parse(query), null, RawVariables.emptyVariables());
        ExecutionResult result = new Resolver(SCHEMA, services.services).resolve(operation, caller, key).join();
        assertThat(result.getErrors()).isEmpty();
        return (JsonNode) result.getData();
    }
}
