package io.jvplatform.ventures.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** partners-service's GraphQL endpoint; base URL from quarkus.rest-client.partners-service.url. */
@RegisterRestClient(configKey = "partners-service")
@Path("/graphql")
public interface PartnersGraphQLClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    GraphQLResponse execute(GraphQLRequest request);
}
