package io.jvplatform.partners.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One page of partners and how many match in all. */
@Type("PartnerPage")
public record PartnerPage(@NonNull List<@NonNull Partner> items, int totalCount) {
}
