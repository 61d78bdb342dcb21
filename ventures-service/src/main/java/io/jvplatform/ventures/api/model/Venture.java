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
import java.util.Objects;

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

    /**
     * By id alone, which equal ventures share, so it agrees with the record's equals. The generated one
     * hashes the whole tree (sources, participants, the ledger head, ...), and java-dataloader hashes each
     * row three times for every batched field (its cache and the key contexts); a profile of the dashboard
     * had that hash as ventures-service's hottest method. Every row type a batched field hangs on and that
     * carries lists does the same (CapacityAgreement); a flat one (Partner) hashes cheaply as it is.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
