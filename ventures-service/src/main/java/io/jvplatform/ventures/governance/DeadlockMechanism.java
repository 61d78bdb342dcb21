package io.jvplatform.ventures.governance;

/** What the venture's agreement says happens when the owners or the board deadlock. */
public enum DeadlockMechanism {
    /** none recorded */
    NONE,
    /** the question goes up to the owners' senior management, then to the boards of the parents */
    ESCALATION,
    /** the chair's casting vote decides */
    CHAIR_CASTING_VOTE,
    /** an independent expert decides */
    INDEPENDENT_EXPERT,
    /** buy-sell ("Texas shoot-out"): one owner names a price, the other must buy or sell at it */
    BUY_SELL
}
