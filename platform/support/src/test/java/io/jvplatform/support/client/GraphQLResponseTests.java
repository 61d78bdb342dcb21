package io.jvplatform.support.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What a caller reads of a service's answer: data per root field, errors with their extensions. */
class GraphQLResponseTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRootFieldIsReadByItsAliasAndANullOneIsAbsent() throws Exception {
        GraphQLResponse answer = JSON.readValue("""
                {"data": {"v0": {"id": "1"}, "v1": null}}
                """, GraphQLResponse.class);

        assertThat(answer.at("v0").path("id").asText()).isEqualTo("1");
        assertThat(answer.at("v1")).isNull();
        assertThat(answer.at("v2")).isNull();
        assertThat(answer.hasErrors()).isFalse();
    }

    @Test
    void anAnswerWithoutDataHasNoRootField() throws Exception {
        GraphQLResponse answer = JSON.readValue("""
                {"errors": [{"message": "no token"}]}
                """, GraphQLResponse.class);

        assertThat(answer.at("v0")).isNull();
        assertThat(answer.hasErrors()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"data\": {}}", "{\"data\": {}, \"errors\": []}", "{\"data\": {}, \"errors\": null}"})
    void noErrorsOrAnEmptyListIsSuccess(String body) throws Exception {
        assertThat(JSON.readValue(body, GraphQLResponse.class).hasErrors()).isFalse();
    }

    @Test
    void anErrorKeepsItsMessagePathAndExtensionsAndIgnoresTheRest() throws Exception {
        GraphQLResponse answer = JSON.readValue("""
                {"data": null,
                 "errors": [{"message": "input.lei is not a valid LEI", "path": ["p0", "lei"],
                             "locations": [{"line": 1, "column": 3}],
                             "extensions": {"code": "VALIDATION", "field": "input.lei"}}]}
                """, GraphQLResponse.class);

        GraphQLResponse.Error error = answer.errors().get(0);
        assertThat(error.message()).isEqualTo("input.lei is not a valid LEI");
        assertThat(error.path()).isEqualTo(List.of("p0", "lei"));
        assertThat(error.extension("code")).isEqualTo("VALIDATION");
        assertThat(error.extension("field")).isEqualTo("input.lei");
        assertThat(error.extension("limit")).isNull();
    }

    @Test
    void anErrorWithoutExtensionsHasNone() {
        assertThat(new GraphQLResponse.Error("boom", null, null).extension("code")).isNull();
    }
}
