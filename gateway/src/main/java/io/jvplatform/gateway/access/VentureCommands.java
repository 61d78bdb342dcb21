package io.jvplatform.gateway.access;

import static io.jvplatform.gateway.client.Json.variables;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jvplatform.gateway.client.DownstreamOperation;
import io.jvplatform.gateway.client.Json;
import io.jvplatform.gateway.client.VenturesDocuments;
import io.jvplatform.gateway.client.VenturesService;
import io.jvplatform.gateway.model.CapTable;
import io.jvplatform.gateway.model.FundingPhase;
import io.jvplatform.gateway.model.ParticipantRole;
import io.jvplatform.gateway.model.Venture;
import io.jvplatform.gateway.model.input.FundingPhaseInput;
import io.jvplatform.gateway.model.input.SetOwnershipInput;
import io.jvplatform.gateway.model.input.TransferStakeInput;
import io.jvplatform.gateway.model.input.VentureInput;
import io.jvplatform.gateway.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * The venture writes, forwarded to ventures-service, which owns every rule (100 %, ledger
 * versions, partners that exist). Its errors come back as they are: same code, same field.
 */
@ApplicationScoped
public class VentureCommands {

    private final VenturesService ventures;
    private final Json json;

    public VentureCommands(VenturesService ventures, Json json) {
        this.ventures = ventures;
        this.json = json;
    }

    public Uni<Venture> createVenture(Caller caller, VentureInput input) {
        return send(caller, VenturesDocuments.CREATE_VENTURE, variables("input", input), "createVenture", Venture.class);
    }

    public Uni<Venture> updateVenture(Caller caller, String id, int expectedVersion, VentureInput input) {
        return send(caller, VenturesDocuments.UPDATE_VENTURE,
                variables("id", id, "expectedVersion", expectedVersion, "input", input), "updateVenture", Venture.class);
    }

    public Uni<Venture> addParticipant(Caller caller, String ventureId, String partnerId, ParticipantRole role) {
        return send(caller, VenturesDocuments.ADD_PARTICIPANT,
                variables("ventureId", ventureId, "partnerId", partnerId, "role", role), "addParticipant", Venture.class);
    }

    public Uni<Venture> removeParticipant(Caller caller, String ventureId, String partnerId, ParticipantRole role) {
        return send(caller, VenturesDocuments.REMOVE_PARTICIPANT,
                variables("ventureId", ventureId, "partnerId", partnerId, "role", role), "removeParticipant", Venture.class);
    }

    public Uni<CapTable> setOwnership(Caller caller, String ventureId, SetOwnershipInput input) {
        return send(caller, VenturesDocuments.SET_OWNERSHIP, variables("ventureId", ventureId, "input", input),
                "setOwnership", CapTable.class);
    }

    public Uni<CapTable> transferStake(Caller caller, String ventureId, TransferStakeInput input) {
        return send(caller, VenturesDocuments.TRANSFER_STAKE, variables("ventureId", ventureId, "input", input),
                "transferStake", CapTable.class);
    }

    public Uni<FundingPhase> addFundingPhase(Caller caller, String ventureId, FundingPhaseInput input) {
        return send(caller, VenturesDocuments.ADD_FUNDING_PHASE, variables("ventureId", ventureId, "input", input),
                "addFundingPhase", FundingPhase.class);
    }

    public Uni<FundingPhase> updateFundingPhase(Caller caller, String id, int expectedVersion, FundingPhaseInput input) {
        return send(caller, VenturesDocuments.UPDATE_FUNDING_PHASE,
                variables("id", id, "expectedVersion", expectedVersion, "input", input),
                "updateFundingPhase", FundingPhase.class);
    }

    private <T> Uni<T> send(Caller caller, DownstreamOperation operation, Map<String, Object> variables, String field, Class<T> type) {
        return ventures.execute(caller, operation, variables).map(data -> json.read(data.get(field), type));
    }
}
