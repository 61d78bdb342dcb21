package io.jvplatform.support.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which answers the route writes itself and which it leaves to SmallRye, and the content type it
 * gives each {@code Accept} (the end-to-end comparison with Quarkus' route is ventures-service's
 * {@code api/AnswerWritingTests}).
 */
class SubgraphEndpointTests {

    private static final Map<String, Object> DATA = data("ventures", Map.of("totalCount", 53));

    @Test
    void aCompleteAnswerIsItsDataWrittenByUs() {
        String body = body(ExecutionResultImpl.newExecutionResult().data(DATA).build());

        assertThat(body).isEqualTo("{\"data\":{\"ventures\":{\"totalCount\":53}}}");
    }

    @Test
    void anAnswerWithAnErrorIsWrittenBySmallRyeWithItsErrors() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(DATA).addError(error(ErrorType.DataFetchingException)).build();

        String body = body(result);

        assertThat(body).contains("\"errors\"", "\"message\":\"refused\"", "\"totalCount\":53")
                .isEqualTo(new ExecutionResponse(result).getExecutionResultAsString());
    }

    @Test
    void anAnswerWithExtensionsIsWrittenBySmallRyeWithThem() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(DATA).extensions(Map.of("cost", 3)).build();

        assertThat(body(result)).contains("\"extensions\"", "\"cost\":3")
                .isEqualTo(new ExecutionResponse(result).getExecutionResultAsString());
    }

    @Test
    void anAnswerWithoutDataIsSmallRyes() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().addError(error(ErrorType.ValidationError)).build();

        assertThat(body(result)).doesNotContain("\"data\":{").isEqualTo(new ExecutionResponse(result).getExecutionResultAsString());
    }

    @Test
    void dataAndAnAbortedExecutionIsAServerErrorAsOnQuarkusRoute() {
        ExecutionResult aborted = ExecutionResultImpl.newExecutionResult().data(DATA).addError(error(ErrorType.ExecutionAborted)).build();
        ExecutionResult abortedWithoutData = ExecutionResultImpl.newExecutionResult().addError(error(ErrorType.ExecutionAborted)).build();
        ExecutionResult failedField = ExecutionResultImpl.newExecutionResult().data(DATA).addError(error(ErrorType.DataFetchingException)).build();

        assertThat(SubgraphEndpoint.Answer.aborted(aborted)).isTrue();
        assertThat(SubgraphEndpoint.Answer.aborted(abortedWithoutData)).isFalse();
        assertThat(SubgraphEndpoint.Answer.aborted(failedField)).isFalse();
        assertThat(SubgraphEndpoint.Answer.aborted(ExecutionResultImpl.newExecutionResult().data(DATA).build())).isFalse();
    }

    @ParameterizedTest(name = "Accept {0}, negotiated {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "none,                                        application/graphql-response+json, application/graphql-response+json; charset=UTF-8",
            "*/*,                                         application/graphql-response+json, application/graphql-response+json; charset=UTF-8",
            "application/*,                               application/graphql-response+json, application/graphql-response+json; charset=UTF-8",
            "application/json,                            application/json,                  application/json",
            "application/graphql-response+json,           application/graphql-response+json, application/graphql-response+json",
            "'application/json, text/plain;q=0.5',        application/json,                  application/json",
            "application/json,                            none,                              application/graphql-response+json; charset=UTF-8",
    })
    void theContentTypeIsTheOneTheClientNamedOrOursWithACharset(String accept, String negotiated, String contentType) {
        assertThat(SubgraphEndpoint.Execution.contentType(routing(accept, negotiated))).isEqualTo(contentType);
    }

    private static String body(ExecutionResult result) {
        return new String(SubgraphEndpoint.Answer.body(new ExecutionResponse(result)), StandardCharsets.UTF_8);
    }

    private static GraphQLError error(ErrorType type) {
        return GraphqlErrorBuilder.newError().message("refused").errorType(type).build();
    }

    private static Map<String, Object> data(String field, Object value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(field, value);
        return data;
    }

    /** A routing context that only knows the request's Accept header and the type Vert.x negotiated from it. */
    private static RoutingContext routing(String accept, String negotiated) {
        HttpServerRequest request = (HttpServerRequest) Proxy.newProxyInstance(SubgraphEndpointTests.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getHeader" -> "Accept".equalsIgnoreCase(String.valueOf(arguments[0])) ? accept : null;
                    default -> throw new AssertionError("contentType read the request's " + method.getName() + "(), which this fake does not answer");
                });
        return (RoutingContext) Proxy.newProxyInstance(SubgraphEndpointTests.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "request" -> request;
                    case "getAcceptableContentType" -> negotiated;
                    default -> throw new AssertionError("contentType read the routing context's " + method.getName() + "(), which this fake does not answer");
                });
    }

    @Test
    void listsOfObjectsAreWrittenInOrder() {
        String body = body(ExecutionResultImpl.newExecutionResult()
                .data(data("ventures", List.of(Map.of("name", "A"), Map.of("name", "B")))).build());

        assertThat(body).isEqualTo("{\"data\":{\"ventures\":[{\"name\":\"A\"},{\"name\":\"B\"}]}}");
    }

    @ParameterizedTest(name = "root path {0} is served at {1}")
    @CsvSource({
            "graphql,      /graphql",
            "/graphql,     /graphql",
            "api/graphql,  /api/graphql",
            "/api/graphql, /api/graphql",
    })
    void theRouteIsAtSmallRyesRootPathWithOneLeadingSlash(String rootPath, String path) {
        SubgraphEndpoint endpoint = new SubgraphEndpoint(true, rootPath, new io.quarkus.runtime.configuration.MemorySize(java.math.BigInteger.valueOf(10240L * 1024)));

        assertThat(endpoint.path()).isEqualTo(path);
    }

    @Test
    void bodiesAreBoundedByQuarkusLimit() {
        SubgraphEndpoint endpoint = new SubgraphEndpoint(true, "graphql", new io.quarkus.runtime.configuration.MemorySize(java.math.BigInteger.valueOf(1024L * 1024)));

        assertThat(endpoint.maxBodyBytes()).isEqualTo(1024L * 1024);
    }
}
