package io.jvplatform.ventures.governance.model;

import io.jvplatform.ventures.governance.DeadlockMechanism;
import io.jvplatform.ventures.governance.DeadlockRisk;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

@Description("A venture's board on a date, its reserved matters and its deadlock register")
public record Governance(@NonNull LocalDate asOf,
                         @Description("Seats in force on asOf (start date to end date, both included), by start date")
                         @NonNull List<@NonNull BoardSeat> seats,
                         @Description("Seats in force per appointing partner, most first")
                         @NonNull List<@NonNull SeatCount> seatsByPartner,
                         @Description("The chair's seat, null when no chair is set or the chair's seat is not in force on asOf")
                         BoardSeat chair,
                         @Description("The chair (in force on asOf) has a casting vote that breaks a tie of the board")
                         boolean castingVote,
                         @Description("Exactly two partners appoint the seats in force, as many each")
                         boolean seatParity,
                         @Description("The cap table on asOf has parity: exactly two owners with equal stakes")
                         boolean stakeParity,
                         @Description("HIGH: stake parity and seat parity and no casting vote; MEDIUM: both parities with a casting vote, "
                                 + "or one parity without; LOW otherwise. The mechanism does not change it")
                         @NonNull DeadlockRisk deadlockRisk,
                         @Description("What the venture's agreement says resolves a deadlock; NONE when none is recorded")
                         @NonNull DeadlockMechanism deadlockMechanism,
                         String mechanismNote,
                         @Description("Decisions that need unanimity or a named threshold, by title")
                         @NonNull List<@NonNull ReservedMatter> reservedMatters,
                         @Description("Version of the chair and mechanism settings (0 before the first): the expectedVersion of setBoardChair and setDeadlockMechanism")
                         int version) {
}
