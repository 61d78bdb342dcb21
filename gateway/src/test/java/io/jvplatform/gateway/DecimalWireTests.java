package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Queries;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Money and percentages reach the client as decimal strings with their fixed scale, exactly as
 * the services wrote them: a browser reading {@code 50.0000} as a number would see {@code 50}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class DecimalWireTests {

    @Test
    void theDashboardCarriesPercentagesMoneyAndCapacityAsScaledStrings() {
        String body = GraphQL.post(Queries.DASHBOARD, vars("filter", Map.of("search", Demo.STARGATE_NORWAY), "first", 1))
                .then().statusCode(200).extract().asString();

        assertThat(body)
                .contains("\"percentage\":\"50.0000\"")
                .contains("\"amount\":\"1000000000.00\"")
                .contains("\"amount\":\"500000000.00\"")
                .contains("\"capacityMw\":\"230.000\"")
                .doesNotContain("\"percentage\":5").doesNotContain("\"amount\":1").doesNotContain("\"amount\":5");
    }

    @Test
    void theSchemaSaysHowDecimalsTravel() {
        String sdl = GraphQL.execute("{ __type(name: \"BigDecimal\") { description } }")
                .getString("data.__type.description");

        assertThat(sdl).contains("JSON string with its fixed scale").contains("\"50.0000\"");
    }
}
