package io.jvplatform.ventures.governance;

/**
 * How likely the venture is to deadlock, from two parities and the chair's casting vote. Equal stakes
 * let neither owner outvote the other at the owners' meeting; equal seats do the same on the board;
 * a chair's casting vote breaks a tie on the board only. The recorded deadlock mechanism does not
 * lower the risk: it says what happens once a deadlock has happened, not how often it does.
 * <pre>
 *   stake parity  seat parity  casting vote   risk
 *   yes           yes          no             HIGH    (a tie everywhere, nothing breaks it)
 *   yes           yes          yes            MEDIUM  (the board can decide, the owners still tie)
 *   one of the two             no             MEDIUM  (a tie in one body, nothing breaks it)
 *   one of the two             yes            LOW
 *   no            no           either         LOW
 * </pre>
 */
public enum DeadlockRisk {
    LOW, MEDIUM, HIGH;

    public static DeadlockRisk of(boolean stakeParity, boolean seatParity, boolean castingVote) {
        int parities = (stakeParity ? 1 : 0) + (seatParity ? 1 : 0);
        if (parities == 2) {
            return castingVote ? MEDIUM : HIGH;
        }
        if (parities == 1) {
            return castingVote ? LOW : MEDIUM;
        }
        return LOW;
    }
}
