package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.VentureStatus;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint venture. Ownership, its history, funding phases and totals are resolved per request
 * (see OwnershipApi and FundingApi), batched over all ventures of a response.
 */
@Key(fields = @FieldSet("id"))
public record Venture(@NonNull @Id String id, @NonNull String name, String legalName, @NonNull String jurisdiction,
                      Site site, String program, @NonNull VentureStatus status, LocalDate announcedDate,
                      Energy energy, String cooling, String description, int version,
                      @NonNull List<@NonNull Source> sources, @NonNull List<@NonNull Participant> participants) {
}
