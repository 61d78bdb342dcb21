package io.jvplatform.gateway.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import io.jvplatform.gateway.execution.PublicSchema;
import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.security.Caller;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.security.Roles;

/**
 * How the places of one level are grouped into downstream calls, and how a partner user's scope
 * rides along: the rules behind "at most one document per service per level".
 */
class BatchingRulesTests {

    private static final PublicSchema SCHEMA = new PublicSchema();
    private static final Caller VIEWER = new Caller("user", Optional.of("sub"), Set.of(Roles.VIEWER), null, "token");
    private static final String NSCALE = "11111111-1111-1111-1111-111111111111";
    private static final String AKER = "22222222-2222-2222-2222-222222222222";
    private static final Caller NSCALE_USER = new Caller("user", Optional.of("sub"), Set.of(Roles.PARTNER), NSCALE, "token");

    /** Two ventures, both owned by Nscale and Aker: four partner references, two distinct partners. */
    private static final String TWO_VENTURES = """
            {"data":{"r0":{"totalCount":2,"items":[
              {"name":"Stargate Norway","ownership":{"stakes":[{"partner":{"id":"%1$s"}},{"partner":{"id":"%2$s"}}]}},
              {"name":"Stargate Finland","ownership":{"stakes":[{"partner":{"id":"%2$s"}},{"partner":{"id":"%1$s"}}]}}]}}}"""
            .formatted(NSCALE, AKER);

    @Test
    void everyPartnerReferenceOfALevelIsFilledByOnePartnersByIdsWithEachIdOnce() {
        RecordingServices services = new RecordingServices(request -> TWO_VENTURES, request -> partners(request, "r0"));

        JsonNode data = data(services, "{ ventures { edges { node { name ownership { stakes { partner { name } } } } } } }", VIEWER);

        assertThat(services.toVentures).hasSize(1);
        assertThat(services.toPartners).hasSize(1);
        assertThat(services.toPartners.get(0).query()).containsOnlyOnce("partnersByIds");
        assertThat(services.toPartners.get(0).variables()).containsEntry("v0", List.of(NSCALE, AKER));
        assertThat(data.at("/ventures/edges/1/node/ownership/stakes/0/partner/name").asText()).isEqualTo("partner " + AKER);
        assertThat(data.at("/ventures/edges/1/node/ownership/stakes/0/partner").has("_jvId")).isFalse();
    }

    @Test
    void placesWithDifferentSelectionsShareTheCallButNotTheRootField() {
        RecordingServices services = new RecordingServices(request -> TWO_VENTURES.replace("\"ownership\"", "\"o1\"")
                .replaceFirst("\\{\"name\":\"Stargate Norway\",\"o1\"", "{\"name\":\"Stargate Norway\",\"o2\":{\"stakes\":[{\"partner\":{\"id\":\"" + NSCALE + "\"}}]},\"o1\"")
                .replaceFirst("\\{\"name\":\"Stargate Finland\",\"o1\"", "{\"name\":\"Stargate Finland\",\"o2\":{\"stakes\":[]},\"o1\""),
                request -> """
                        {"data":{"r0":[{"_jvId":"%1$s","name":"Nscale"},{"_jvId":"%2$s","name":"Aker"}],
                                 "r1":[{"_jvId":"%1$s","country":"GB"}]}}""".formatted(NSCALE, AKER));

        JsonNode data = data(services, """
                { ventures { edges { node { name o1: ownership { stakes { partner { name } } }
                                                  o2: ownership { stakes { partner { country } } } } } } }""", VIEWER);

        assertThat(services.toPartners).hasSize(1);
        assertThat(services.toPartners.get(0).query()).contains("r0: partnersByIds", "r1: partnersByIds");
        assertThat(data.at("/ventures/edges/0/node/o1/stakes/0/partner/name").asText()).isEqualTo("Nscale");
        assertThat(data.at("/ventures/edges/0/node/o2/stakes/0/partner/country").asText()).isEqualTo("GB");
    }

    @Test
    void aPartnerPartnersServiceDoesNotKnowReadsAsNull() {
        RecordingServices services = new RecordingServices(request -> TWO_VENTURES, request -> """
                {"data":{"r0":[{"_jvId":"%s","name":"Nscale"}]}}""".formatted(NSCALE));

        JsonNode data = data(services, "{ ventures { edges { node { ownership { stakes { partner { name } } } } } } }", VIEWER);

        assertThat(data.at("/ventures/edges/0/node/ownership/stakes/0/partner/name").asText()).isEqualTo("Nscale");
        assertThat(data.at("/ventures/edges/0/node/ownership/stakes/1/partner").isNull()).isTrue();
    }

    @Test
    void onlyAPartnersIdSelectedNeedsNoCallToPartnersServiceAtAllButStillGetsOne() {
        RecordingServices services = new RecordingServices(request -> TWO_VENTURES, request -> partners(request, "r0"));

        JsonNode data = data(services, "{ ventures { edges { node { ownership { stakes { partner { id } } } } } } }", VIEWER);

        // the id alone is ventures-service's; the call checks that the partner exists (null if not)
        assertThat(data.at("/ventures/edges/0/node/ownership/stakes/0/partner/id").asText()).isEqualTo(NSCALE);
        assertThat(services.toVentures.get(0).query()).contains("partner { id }");
    }

    @Test
    void aPartnersServiceOutageFailsOnlyThePartnersAtTheirPathsAndKeepsTheVentures() {
        RecordingServices services = new RecordingServices(request -> TWO_VENTURES, request -> {
            throw new IllegalStateException("connection refused");
        });

        ExecutionResult result = result(services, "{ ventures { edges { node { name ownership { stakes { partner { name } } } } } } }", VIEWER);
        JsonNode data = (JsonNode) result.getData();

        assertThat(data.at("/ventures/edges/0/node/name").asText()).isEqualTo("Stargate Norway");
        assertThat(data.at("/ventures/edges/0/node/ownership/stakes/0/partner").isNull()).isTrue();
        assertThat(result.getErrors()).hasSize(4).allSatisfy(error -> {
            assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.UPSTREAM_UNAVAILABLE)
                    .containsEntry("service", "partners-service");
            assertThat(error.getPath()).startsWith("ventures", "edges").endsWith("partner");
        });
        assertThat(result.getErrors()).extracting(GraphQLError::getPath)
                .contains(List.of("ventures", "edges", 1, "node", "ownership", "stakes", 0, "partner"));
    }

    @Test
    void anErrorWithoutAStableCodeFromAServiceIsInternalAndSaysNothingOfIt() {
        RecordingServices services = new RecordingServices(request -> """
                {"data":{"r0":null},"errors":[{"message":"Validation error (FieldUndefined) java.lang.Foo","path":["r0"]}]}""",
                request -> "{\"data\":{}}");

        ExecutionResult result = result(services, "{ venture(id: \"v1\") { name } }", VIEWER);

        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).isEqualTo(Map.of("code", ErrorCodes.INTERNAL));
            assertThat(error.getMessage()).isEqualTo("ventures-service could not answer").doesNotContain("java");
        });
    }

    @Test
    void aServicesStableErrorIsPassedOnWithItsCodeAndField() {
        RecordingServices services = new RecordingServices(request -> """
                {"data":{"r0":null},"errors":[{"message":"no venture with id v1","path":["r0"],
                  "extensions":{"code":"NOT_FOUND","field":"id"}}]}""", request -> "{\"data\":{}}");

        ExecutionResult result = result(services, "{ venture(id: \"v1\") { name } }", VIEWER);

        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.NOT_FOUND).containsEntry("field", "id");
            assertThat(error.getPath()).containsExactly("venture");
        });
    }

    @Test
    void aPartnerUsersOwnVenturesAreTheFilterSoPagingStaysExactAndNoScopeIsAsked() {
        RecordingServices services = new RecordingServices(request -> """
                {"data":{"r0":{"totalCount":1,"items":[{"name":"Stargate Norway"}]}}}""", request -> "{\"data\":{}}");

        JsonNode data = data(services, "{ ventures { totalCount edges { node { name } } } }", NSCALE_USER);

        assertThat(data.at("/ventures/totalCount").asInt()).isEqualTo(1);
        assertThat(services.toVentures).singleElement().satisfies(request -> {
            assertThat(request.query()).doesNotContain("venturesOfPartners");
            assertThat(request.variables().get("v0")).isEqualTo(Map.of("partnerId", NSCALE));
        });
    }

    @Test
    void aPartnerUserAskingForAVentureOutsideItsScopeGetsNotFoundAsForAnUnknownId() {
        RecordingServices services = new RecordingServices(request -> """
                {"data":{"scoper1":[{"ventures":[{"id":"v-own"}]}],"r0":{"name":"Someone else's"}}}""", request -> "{\"data\":{}}");

        ExecutionResult result = result(services, "{ venture(id: \"v-other\") { name } }", NSCALE_USER);

        assertThat(services.toVentures).singleElement().satisfies(request ->
                assertThat(request.query()).containsOnlyOnce("venturesOfPartners").contains("venture("));
        assertThat(((JsonNode) result.getData()).get("venture").isNull()).isTrue();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.NOT_FOUND).containsEntry("field", "id");
            assertThat(error.getMessage()).isEqualTo("no venture with id v-other");
        });
    }

    @Test
    void aPartnerUserWithoutAPartnerSeesAnEmptyPageWithoutAnyCall() {
        RecordingServices services = new RecordingServices(request -> {
            throw new AssertionError("nothing to ask");
        }, request -> {
            throw new AssertionError("nothing to ask");
        });

        JsonNode data = data(services, "{ ventures { totalCount edges { node { name } } } }",
                new Caller("user", Optional.of("sub"), Set.of(Roles.PARTNER), null, "token"));

        assertThat(data.at("/ventures/totalCount").asInt()).isZero();
        assertThat(data.at("/ventures/edges")).isEmpty();
        assertThat(services.toVentures).isEmpty();
    }

    @Test
    void aCallerWithoutATokenIsRefusedBeforeAnyCall() {
        RecordingServices services = new RecordingServices(request -> {
            throw new AssertionError("nothing to ask");
        }, request -> {
            throw new AssertionError("nothing to ask");
        });

        ExecutionResult result = result(services, "{ ventures { totalCount } partner(id: \"p\") { name } }", Caller.ANONYMOUS);

        assertThat(result.getErrors()).hasSize(2)
                .allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.UNAUTHENTICATED));
        assertThat(services.toVentures).isEmpty();
        assertThat(services.toPartners).isEmpty();
    }

    @Test
    void aViewerMayNotWriteAndNothingIsSent() {
        RecordingServices services = new RecordingServices(request -> {
            throw new AssertionError("nothing to send");
        }, request -> "{\"data\":{}}");

        ExecutionResult result = result(services, """
                mutation { createVenture(input: {name: "X", jurisdiction: "NO", status: ANNOUNCED}) { id } }""", VIEWER);

        assertThat(result.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.FORBIDDEN));
        assertThat(services.toVentures).isEmpty();
    }

    /** partnersByIds's answer for the ids of the request's first variable, each named "partner <id>". */
    private static String partners(GraphQLRequest request, String alias) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) request.variables().get("v0");
        StringBuilder answer = new StringBuilder("{\"data\":{\"" + alias + "\":[");
        for (int i = 0; i < ids.size(); i++) {
            answer.append(i == 0 ? "" : ",").append("{\"_jvId\":\"").append(ids.get(i)).append("\",\"name\":\"partner ")
                    .append(ids.get(i)).append("\",\"id\":\"").append(ids.get(i)).append("\"}");
        }
        return answer.append("]}}").toString();
    }

    private static JsonNode data(RecordingServices services, String query, Caller caller) {
        ExecutionResult result = result(services, query, caller);
        assertThat(result.getErrors()).isEmpty();
        return (JsonNode) result.getData();
    }

    private static ExecutionResult result(RecordingServices services, String query, Caller caller) {
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                SCHEMA.schema(), Parser.parse(query), null, RawVariables.emptyVariables());
        return new Resolver(SCHEMA, services.services).resolve(operation, caller, null).join();
    }
}
