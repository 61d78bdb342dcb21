package io.jvplatform.ventures.governance;

import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.governance.model.BoardSeat;
import io.jvplatform.ventures.governance.model.BoardSeatInput;
import io.jvplatform.ventures.governance.model.ChairInput;
import io.jvplatform.ventures.governance.model.DeadlockMechanismInput;
import io.jvplatform.ventures.governance.model.Governance;
import io.jvplatform.ventures.governance.model.ReservedMatter;
import io.jvplatform.ventures.governance.model.ReservedMatterInput;
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

/** A venture's board, reserved matters and deadlock register: read by every reader, governed by admins (like ownership). */
@GraphQLApi
@RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
@SecurityRefusals
public class GovernanceApi {

    private final GovernanceService governance;

    GovernanceApi(GovernanceService governance) {
        this.governance = governance;
    }

    @Description("The board in force on asOf (default today, UTC), the chair, seat and stake parity, the deadlock risk, "
            + "the deadlock mechanism and the reserved matters")
    public List<@NonNull Governance> governance(@Source List<Venture> ventures, @Name("asOf") LocalDate asOf) {
        return governance.of(ventures, asOf);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("A seat appointed by a partner that holds a stake or a role in the venture; endDate (the last day) not before startDate")
    public @NonNull BoardSeat addBoardSeat(@NonNull @Id String ventureId, @NonNull BoardSeatInput input) {
        return governance.addSeat(ventureId, input);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Ends a seat on endDate (its last day); CONFLICT when expectedVersion is not the seat's version or the seat already ended")
    public @NonNull BoardSeat endBoardSeat(@NonNull @Id String id, int expectedVersion, @NonNull LocalDate endDate) {
        return governance.endSeat(id, expectedVersion, endDate);
    }

    @RolesAllowed(Roles.ADMIN)
    // named explicitly: MicroProfile GraphQL drops a mutation method's "set" prefix
    @Mutation("setBoardChair")
    @Description("Names the chair's seat (a seat of this venture not ended; none: null) and whether it has a casting vote; "
            + "CONFLICT when expectedVersion is not Governance.version")
    public @NonNull Governance setBoardChair(@NonNull @Id String ventureId, int expectedVersion, @NonNull ChairInput input) {
        return governance.setChair(ventureId, expectedVersion, input);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation("setDeadlockMechanism")
    @Description("Records the deadlock-resolution mechanism; CONFLICT when expectedVersion is not Governance.version")
    public @NonNull Governance setDeadlockMechanism(@NonNull @Id String ventureId, int expectedVersion,
                                                    @NonNull DeadlockMechanismInput input) {
        return governance.setMechanism(ventureId, expectedVersion, input);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("UNANIMOUS without a threshold; SEATS or STAKES with thresholdPercent in (0, 100]; titles unique per venture (CONFLICT)")
    public @NonNull ReservedMatter addReservedMatter(@NonNull @Id String ventureId, @NonNull ReservedMatterInput input) {
        return governance.addMatter(ventureId, input);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Removes a reserved matter; returns it")
    public @NonNull ReservedMatter removeReservedMatter(@NonNull @Id String id) {
        return governance.removeMatter(id);
    }
}
