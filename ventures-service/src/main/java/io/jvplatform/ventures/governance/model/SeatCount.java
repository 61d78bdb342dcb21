package io.jvplatform.ventures.governance.model;

import io.jvplatform.ventures.api.model.Partner;
import org.eclipse.microprofile.graphql.NonNull;

/** How many seats in force a partner appoints. */
public record SeatCount(@NonNull Partner partner, int seats) {
}
