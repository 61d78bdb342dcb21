package io.jvplatform.ventures.mapping;

import io.jvplatform.support.error.ValidationException;
import io.jvplatform.ventures.api.model.Commitment;
import io.jvplatform.ventures.api.model.FundingPhase;
import io.jvplatform.ventures.api.model.FundingPhaseInput;
import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.domain.Capacity;
import io.jvplatform.ventures.domain.Money;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.Text;
import io.jvplatform.ventures.persistence.FundingPhaseEntity;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Funding phase entity to API type (with its derived figures), and checked input onto the entity. */
public final class FundingPhaseMapper {

    private FundingPhaseMapper() {
    }

    /** Checks {@code input} (errors name input.*) and copies it onto {@code phase}. */
    public static void apply(FundingPhaseInput input, FundingPhaseEntity phase) {
        phase.name = Text.required(input.name(), "input.name", 200);
        if (input.ordinal() < 1) {
            throw new ValidationException("input.ordinal", "input.ordinal must be 1 or more");
        }
        phase.ordinal = input.ordinal();
        phase.kind = input.kind();
        phase.status = input.status();
        Money capital = input.committedCapital() == null ? null
                : Money.positive(input.committedCapital().amount(), input.committedCapital().currency(), "input.committedCapital");
        phase.capitalAmount = capital == null ? null : capital.amount();
        phase.capitalCurrency = capital == null ? null : capital.currencyCode();
        phase.capacityMw = Capacity.megawatts(input.capacityMw(), "input.capacityMw");
        phase.targetDate = input.targetDate();
        var sources = SourceMapper.toEmbeddables(input.sources(), "input.sources");
        phase.sources.clear();
        phase.sources.addAll(sources);
    }

    public static Money capital(FundingPhaseEntity phase) {
        return phase.capitalAmount == null ? null : new Money(phase.capitalAmount, Currency.getInstance(phase.capitalCurrency));
    }

    /** @param owners the venture's current cap table, which the commitments are pro rata of */
    public static FundingPhase toApi(FundingPhaseEntity phase, CapTable owners) {
        Money capital = capital(phase);
        List<Commitment> commitments = new ArrayList<>();
        if (capital != null && !owners.stakes().isEmpty()) {
            List<Stake> stakes = owners.stakes();
            List<Money> amounts = capital.allocate(stakes.stream().map(Stake::percentage).toList());
            for (int i = 0; i < stakes.size(); i++) {
                commitments.add(new Commitment(LedgerMapper.partner(stakes.get(i).partnerId()), stakes.get(i).percentage(),
                        toApi(amounts.get(i))));
            }
        }
        Money perMw = capital == null ? null : capital.per(phase.capacityMw);
        return new FundingPhase(phase.id.toString(), phase.name, phase.ordinal, phase.kind, phase.status, toApi(capital),
                phase.capacityMw, phase.targetDate, toApi(perMw), commitments, SourceMapper.toApi(phase.sources),
                phase.version);
    }

    public static io.jvplatform.ventures.api.model.Money toApi(Money money) {
        return money == null ? null : new io.jvplatform.ventures.api.model.Money(money.amount(), money.currencyCode());
    }
}
