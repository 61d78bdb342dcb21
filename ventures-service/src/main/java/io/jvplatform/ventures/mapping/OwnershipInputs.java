package io.jvplatform.ventures.mapping;

import io.jvplatform.support.graphql.Ids;
import io.jvplatform.ventures.api.model.SetOwnershipInput;
import io.jvplatform.ventures.api.model.StakeInput;
import io.jvplatform.ventures.api.model.TransferStakeInput;
import io.jvplatform.ventures.domain.OwnershipChange;
import io.jvplatform.ventures.domain.SetOwnership;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.TransferStake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ownership inputs of the API as domain changes, for a direct change and for a proposal alike,
 * so both refuse the same input with the same field paths ({@code input.stakes[1].partnerId}).
 */
public final class OwnershipInputs {

    private OwnershipInputs() {
    }

    public static SetOwnership set(SetOwnershipInput input) {
        List<Stake> stakes = new ArrayList<>();
        for (int i = 0; i < input.stakes().size(); i++) {
            StakeInput stake = input.stakes().get(i);
            stakes.add(new Stake(Ids.parse("input.stakes[" + i + "].partnerId", stake.partnerId()), stake.percentage()));
        }
        return new SetOwnership(input.basedOnVersion(), input.effectiveDate(), input.reason(), stakes);
    }

    public static TransferStake transfer(TransferStakeInput input) {
        return new TransferStake(input.basedOnVersion(), input.effectiveDate(), input.reason(),
                Ids.parse("input.fromPartnerId", input.fromPartnerId()), Ids.parse("input.toPartnerId", input.toPartnerId()),
                input.percentage());
    }

    /**
     * The partners a change writes anew, by the input field that named them: every stake of a new
     * table; for a transfer only the receiver (the giver already holds a stake, which the ledger checks).
     */
    public static Map<String, UUID> partnersWritten(OwnershipChange change) {
        Map<String, UUID> fields = new LinkedHashMap<>();
        if (change instanceof SetOwnership set) {
            for (int i = 0; i < set.stakes().size(); i++) {
                fields.put("input.stakes[" + i + "].partnerId", set.stakes().get(i).partnerId());
            }
        } else if (change instanceof TransferStake transfer) {
            fields.put("input.toPartnerId", transfer.toPartnerId());
        }
        return fields;
    }
}
