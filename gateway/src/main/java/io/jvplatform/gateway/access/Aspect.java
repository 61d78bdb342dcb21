package io.jvplatform.gateway.access;

/** The per-venture fields ventures-service computes, fetched for a whole batch of ventures at once. */
public enum Aspect {
    OWNERSHIP, HISTORY, PHASES, PARTICIPANTS, TOTALS
}
