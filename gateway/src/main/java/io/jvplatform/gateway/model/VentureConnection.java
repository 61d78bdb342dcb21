package io.jvplatform.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of ventures, ordered by name then id.")
public record VentureConnection(
        @NonNull List<@NonNull VentureEdge> edges,
        @NonNull PageInfo pageInfo,
        @Description("Number of ventures matching the filter, across all pages") int totalCount) {
}
