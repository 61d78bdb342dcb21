package io.jvplatform.ventures.domain;

import java.time.LocalDate;

/**
 * A requested change of a venture's ownership, checked for what does not depend on the ledger: a
 * whole new table ({@link SetOwnership}) or a transfer ({@link TransferStake}). Made directly by an
 * admin, or proposed by one and approved by another; either way {@link LedgerHead#entryFor} decides.
 */
public sealed interface OwnershipChange permits SetOwnership, TransferStake {

    int basedOnVersion();

    LocalDate effectiveDate();

    String reason();

    LedgerChangeType type();
}
