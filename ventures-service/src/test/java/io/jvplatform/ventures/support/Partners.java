package io.jvplatform.ventures.support;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.UUID;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.postTo;
import static org.hamcrest.Matchers.nullValue;

/** Creates and archives partners through the real partners-service's GraphQL API. */
public final class Partners {

    private static final String CREATE = """
            mutation Create($input: PartnerInput!) {
              createPartner(input: $input) { id version }
            }
            """;

    private static final String ARCHIVE = """
            mutation Archive($id: ID!, $expectedVersion: Int!) {
              archivePartner(id: $id, expectedVersion: $expectedVersion) { id archived version }
            }
            """;

    private Partners() {
    }

    public static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.partners-service.url", String.class);
    }

    /** A new active partner with a unique name; returns its id. */
    public static String create(String name) {
        WarmUp.ensure();
        return createWithoutWarmUp(name);
    }

    static String createWithoutWarmUp(String name) {
        var input = Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 8),
                "country", "NO", "kind", "INDUSTRIAL");
        return json(postTo(url(), CREATE, Map.of("input", input)).body("errors", nullValue()))
                .getString("data.createPartner.id");
    }

    /** Archives a fresh partner (version as created) and returns the raw GraphQL result. */
    public static io.restassured.response.ValidatableResponse archive(String id, int expectedVersion) {
        return postTo(url(), ARCHIVE, Map.of("id", id, "expectedVersion", expectedVersion));
    }

    public static int version(String id) {
        return json(postTo(url(), "query P($id: ID!) { partner(id: $id) { version } }", Map.of("id", id)))
                .getInt("data.partner.version");
    }
}
