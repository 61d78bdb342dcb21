package io.jvplatform.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of partners, ordered by name.")
public record PartnerConnection(
        @NonNull List<@NonNull PartnerEdge> edges,
        @NonNull PageInfo pageInfo,
        @Description("Number of partners matching the filter, across all pages") int totalCount) {
}
