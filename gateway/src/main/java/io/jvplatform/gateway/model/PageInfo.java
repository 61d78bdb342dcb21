package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("Relay-style page information; cursors are opaque.")
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
