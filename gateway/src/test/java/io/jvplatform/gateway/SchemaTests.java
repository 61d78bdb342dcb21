package io.jvplatform.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.jvplatform.devstack.RepositoryLayout;
import io.jvplatform.gateway.support.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code gateway/schema.graphql} is the public contract web clients build against: it must be
 * exactly what the gateway serves. After an intended change, refresh it with
 * {@code ./mvnw -pl gateway verify -Dtest=SchemaTests -Djv.schema.update=true} and review the diff.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class SchemaTests {

    private static final Path EXPORTED = RepositoryLayout.root().resolve("gateway/schema.graphql");

    @Test
    void theExportedSchemaIsWhatTheGatewayServes() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("jv.schema.update")) {
            Files.writeString(EXPORTED, served);
        }

        assertThat(EXPORTED).exists();
        assertThat(Files.readString(EXPORTED)).isEqualTo(served);
    }

    @Test
    void thePublicSchemaHasNoInternalTypes() {
        String served = given().when().get("/graphql/schema.graphql").then().extract().asString();

        assertThat(served).contains("type Venture", "type Partner", "type VentureConnection", "type PageInfo")
                .doesNotContain("PartnerRef", "partnerRef", "fromRef", "toRef", "_entities");
    }
}
