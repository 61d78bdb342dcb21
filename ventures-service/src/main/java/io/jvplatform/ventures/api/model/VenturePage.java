package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

public record VenturePage(@NonNull List<@NonNull Venture> items, int totalCount) {
}
