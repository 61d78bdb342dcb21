package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.NonNull;

public record PartnerEdge(@NonNull Partner node, @NonNull String cursor) {
}
