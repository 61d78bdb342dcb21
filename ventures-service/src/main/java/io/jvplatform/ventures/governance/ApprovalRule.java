package io.jvplatform.ventures.governance;

/** Who must agree to a reserved matter. */
public enum ApprovalRule {
    /** every owner (each can veto) */
    UNANIMOUS,
    /** at least the threshold's percentage of the board seats in force */
    SEATS,
    /** owners holding at least the threshold's percentage of the stakes */
    STAKES
}
