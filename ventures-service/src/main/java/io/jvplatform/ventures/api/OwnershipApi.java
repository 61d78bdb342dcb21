package io.jvplatform.ventures.api;

import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.api.model.CapTable;
import io.jvplatform.ventures.api.model.LedgerEntry;
import io.jvplatform.ventures.api.model.SetOwnershipInput;
import io.jvplatform.ventures.api.model.TransferStakeInput;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.service.OwnershipService;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.List;

/** The ownership ledger: its writes, and a venture's cap table and history (batched over ventures). */
@GraphQLApi
@RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
@SecurityRefusals
public class OwnershipApi {

    private final OwnershipService ownership;

    OwnershipApi(OwnershipService ownership) {
        this.ownership = ownership;
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation("setOwnership")
    @Description("Replaces the whole cap table from input.effectiveDate (today or earlier, not before the latest entry); returns the new table and ledgerVersion")
    public @NonNull CapTable setOwnership(@NonNull @Id String ventureId, @NonNull SetOwnershipInput input) {
        return ownership.set(ventureId, input);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Moves percentage points from one partner to another from input.effectiveDate (today or earlier, not before the latest entry); returns the new table and ledgerVersion")
    public @NonNull CapTable transferStake(@NonNull @Id String ventureId, @NonNull TransferStakeInput input) {
        return ownership.transfer(ventureId, input);
    }

    @Description("The cap table in force on asOf (default today, UTC); its ledgerVersion is the ledger's current one on every date")
    public List<@NonNull CapTable> ownership(@Source List<Venture> ventures, @Name("asOf") LocalDate asOf) {
        return ownership.capTables(ventures, asOf);
    }

    @Description("Every ownership change, oldest first")
    public List<@NonNull List<@NonNull LedgerEntry>> ownershipHistory(@Source List<Venture> ventures) {
        return ownership.histories(ids(ventures));
    }

    static List<String> ids(List<Venture> ventures) {
        return ventures.stream().map(Venture::id).toList();
    }
}
