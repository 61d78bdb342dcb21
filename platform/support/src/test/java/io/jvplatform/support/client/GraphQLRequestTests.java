package io.jvplatform.support.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The body a part of the platform posts to a service's /graphql. */
class GraphQLRequestTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "query PartnersByIds($ids: [ID!]!) { partnersByIds(ids: $ids) { id } }";

    @Test
    void aNamedOperationCarriesItsName() {
        JsonNode body = JSON.valueToTree(new GraphQLRequest(QUERY, "PartnersByIds", Map.of("ids", "1")));

        assertThat(body.path("operationName").asText()).isEqualTo("PartnersByIds");
        assertThat(body.path("query").asText()).isEqualTo(QUERY);
        assertThat(body.path("variables").path("ids").asText()).isEqualTo("1");
    }

    @Test
    void aSingleOperationGoesWithoutAName() {
        JsonNode body = JSON.valueToTree(new GraphQLRequest(QUERY, Map.of("ids", "1")));

        assertThat(body.has("operationName")).isFalse();
        assertThat(body.path("query").asText()).isEqualTo(QUERY);
    }
}
