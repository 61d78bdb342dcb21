package io.jvplatform.ventures.mapping;

import io.jvplatform.ventures.api.model.CapTable;
import io.jvplatform.ventures.api.model.LedgerEntry;
import io.jvplatform.ventures.api.model.Partner;
import io.jvplatform.ventures.api.model.Stake;
import io.jvplatform.ventures.domain.LedgerEntry.OwnershipSet;
import io.jvplatform.ventures.domain.LedgerEntry.StakeTransfer;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.OwnershipLedger;
import io.jvplatform.ventures.persistence.LedgerEntryEntity;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Ledger entries between table rows, the domain, and the API. */
public final class LedgerMapper {

    private LedgerMapper() {
    }

    public static OwnershipLedger toLedger(List<LedgerEntryEntity> entries) {
        return new OwnershipLedger(entries.stream().map(LedgerMapper::toDomain).toList());
    }

    static io.jvplatform.ventures.domain.LedgerEntry toDomain(LedgerEntryEntity entry) {
        return switch (entry.type) {
            case SET -> new OwnershipSet(entry.version, entry.effectiveDate, entry.actor, entry.approvedBy, entry.reason, entry.recordedAt,
                    entry.stakes.stream().map(s -> new io.jvplatform.ventures.domain.Stake(s.partnerId(), s.percentage())).toList());
            case TRANSFER -> new StakeTransfer(entry.version, entry.effectiveDate, entry.actor, entry.approvedBy, entry.reason, entry.recordedAt,
                    entry.fromPartnerId, entry.toPartnerId, entry.percentage);
        };
    }

    public static LedgerEntryEntity toEntity(UUID ventureId, io.jvplatform.ventures.domain.LedgerEntry entry) {
        LedgerEntryEntity entity = new LedgerEntryEntity();
        entity.id = UUID.randomUUID();
        entity.ventureId = ventureId;
        entity.version = entry.version();
        entity.type = entry.type();
        entity.effectiveDate = entry.effectiveDate();
        entity.actor = entry.actor();
        entity.approvedBy = entry.approvedBy();
        entity.reason = entry.reason();
        entity.recordedAt = entry.recordedAt();
        if (entry instanceof OwnershipSet set) {
            set.stakes().forEach(stake -> entity.stakes.add(new StakeEmbeddable(stake.partnerId(), stake.percentage())));
        } else if (entry instanceof StakeTransfer transfer) {
            entity.fromPartnerId = transfer.fromPartnerId();
            entity.toPartnerId = transfer.toPartnerId();
            entity.percentage = transfer.percentage();
        }
        return entity;
    }

    /** The ledger's head as the venture row keeps it. */
    public static LedgerHead toHead(VentureEntity venture) {
        List<io.jvplatform.ventures.domain.Stake> stakes = venture.currentStakes.stream()
                .map(s -> new io.jvplatform.ventures.domain.Stake(s.partnerId(), s.percentage())).toList();
        LocalDate asOf = venture.ledgerEffectiveDate == null ? LocalDate.MIN : venture.ledgerEffectiveDate;
        return new LedgerHead(venture.ledgerVersion, venture.ledgerEffectiveDate,
                new io.jvplatform.ventures.domain.CapTable(asOf, venture.ledgerVersion, stakes));
    }

    public static List<StakeEmbeddable> toHoldings(io.jvplatform.ventures.domain.CapTable table) {
        return table.stakes().stream().map(stake -> new StakeEmbeddable(stake.partnerId(), stake.percentage())).toList();
    }

    public static LedgerEntry toApi(io.jvplatform.ventures.domain.LedgerEntry entry) {
        if (entry instanceof OwnershipSet set) {
            return new LedgerEntry(set.version(), set.type(), set.effectiveDate(), set.actor(), set.approvedBy(), set.reason(), set.recordedAt(),
                    stakes(set.stakes()), null, null, null);
        }
        StakeTransfer transfer = (StakeTransfer) entry;
        return new LedgerEntry(transfer.version(), transfer.type(), transfer.effectiveDate(), transfer.actor(),
                transfer.approvedBy(), transfer.reason(), transfer.recordedAt(), null, partner(transfer.fromPartnerId()),
                partner(transfer.toPartnerId()), transfer.percentage());
    }

    public static CapTable toApi(io.jvplatform.ventures.domain.CapTable table) {
        return new CapTable(table.asOf(), table.ledgerVersion(), stakes(table.stakes()), table.parity());
    }

    public static Partner partner(UUID id) {
        return new Partner(id.toString());
    }

    public static List<Stake> stakes(List<io.jvplatform.ventures.domain.Stake> stakes) {
        return stakes.stream().map(stake -> new Stake(partner(stake.partnerId()), stake.percentage())).toList();
    }
}
