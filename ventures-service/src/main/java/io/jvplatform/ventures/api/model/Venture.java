package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.VentureStatus;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint venture. Ownership, its history, funding phases and totals are resolved per request
 * (see OwnershipApi and FundingApi), batched over all ventures of a response. {@code ledgerHead}
 * (not in the schema) is the ledger's head read with the venture row: today's cap table and the
 * commitments come from it without another query.
 */
@Key(fields = @FieldSet("id"))
public record Venture(@NonNull @Id String id, @NonNull String name, String legalName, @NonNull String jurisdiction,
                      Site site, String program, @NonNull VentureStatus status, LocalDate announcedDate,
                      Energy energy, String cooling, String description, int version,
                      @Description("The ownership ledger's version (its number of entries): the basedOnVersion of the next ownership change")
                      int ledgerVersion,
                      @NonNull List<@NonNull Source> sources, @NonNull List<@NonNull Participant> participants,
                      @Ignore LedgerHead ledgerHead) {
}
