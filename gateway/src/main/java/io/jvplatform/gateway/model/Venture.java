package io.jvplatform.gateway.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A joint venture's own fields. Participants, ownership, funding phases and totals are
 * resolved per field (batched) by {@code api.VentureFields}, so a list query pays for them
 * only when a client asks.
 */
@Description("A joint venture that builds AI data-centre capacity.")
public record Venture(
        @NonNull @Id String id,
        @NonNull String name,
        String legalName,
        @NonNull @Description("ISO 3166-1 alpha-2 country of incorporation") String jurisdiction,
        Site site,
        @Description("A brand that groups ventures, e.g. Stargate") String program,
        @NonNull VentureStatus status,
        LocalDate announcedDate,
        Energy energy,
        String cooling,
        String description,
        int version,
        @NonNull List<@NonNull Source> sources) {
}
