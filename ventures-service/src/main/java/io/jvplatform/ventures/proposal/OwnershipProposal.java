package io.jvplatform.ventures.proposal;

import io.jvplatform.ventures.api.model.CapTable;
import io.jvplatform.ventures.api.model.Partner;
import io.jvplatform.ventures.api.model.Stake;
import io.jvplatform.ventures.domain.LedgerChangeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Description("An ownership change proposed by one admin, applied to the ledger only when another admin approves it: "
        + "SET carries the whole new table (stakes), TRANSFER from/to/percentage")
public record OwnershipProposal(@NonNull @Id String id, @NonNull @Id String ventureId, @NonNull LedgerChangeType type,
                                @NonNull ProposalStatus status,
                                @Description("The ledgerVersion the change was made on; approval needs the ledger still at it (CONFLICT otherwise)")
                                int basedOnVersion,
                                @NonNull LocalDate effectiveDate, @NonNull String reason,
                                List<@NonNull Stake> stakes, Partner from, Partner to, BigDecimal percentage,
                                @Description("The cap table the change gives once approved (from effectiveDate, ledgerVersion basedOnVersion + 1)")
                                @NonNull CapTable resultingOwnership,
                                @Description("Open, but the ledger moved past basedOnVersion: it cannot be approved any more; propose it again on the new table")
                                boolean stale,
                                @NonNull String proposedBy, @NonNull OffsetDateTime proposedAt,
                                @Description("After this instant an open proposal is EXPIRED and never applied")
                                @NonNull OffsetDateTime expiresAt,
                                @Description("Who approved, rejected or withdrew it") String decidedBy,
                                OffsetDateTime decidedAt,
                                @Description("Why it was rejected") String decisionReason,
                                @Description("The ledger version its approval appended") Integer appliedVersion) {
}
