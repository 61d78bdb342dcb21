package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.NonNull;

public record VentureEdge(@NonNull Venture node, @NonNull String cursor) {
}
