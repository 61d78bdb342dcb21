package io.jvplatform.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jvplatform.gateway.support.GraphQL;

import io.jvplatform.gateway.support.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Probes and scrapers have no token: health and metrics answer without one. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class OperationsTests {

    @Test
    void readyWhenBothServicesAnswer() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.ventures-service", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.partners-service", equalTo("UP"));
    }

    @Test
    void metricsCountDownstreamCallsAndTimeOperations() {
        GraphQL.ok("query { ventures(first: 1) { totalCount } }", Map.of());

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("gateway_downstream_requests_total{operation=\"Ventures\",service=\"ventures-service\"}"))
                .body(containsString("gateway_downstream_latency_seconds"))
                .body(containsString("mp_graphql_seconds"));
    }
}
