package io.jvplatform.gateway.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * partners-service's GraphQL endpoint. Non-blocking (Uni), so the gateway's resolvers never
 * park a thread while a service answers. Keycloak token propagation will be added here.
 */
@RegisterRestClient(configKey = "partners-service")
@Path("/graphql")
public interface PartnersClient {

    @POST
    Uni<GraphQLResponse> execute(GraphQLRequest request);
}
