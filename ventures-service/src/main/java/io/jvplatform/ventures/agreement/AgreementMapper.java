package io.jvplatform.ventures.agreement;

import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.ventures.agreement.model.AgreementInput;
import io.jvplatform.ventures.agreement.model.AgreementParty;
import io.jvplatform.ventures.agreement.model.AgreementPartyInput;
import io.jvplatform.ventures.agreement.model.CapacityAgreement;
import io.jvplatform.ventures.api.model.Partner;
import io.jvplatform.ventures.domain.Capacity;
import io.jvplatform.ventures.domain.Money;
import io.jvplatform.ventures.domain.Text;
import io.jvplatform.ventures.mapping.FundingPhaseMapper;
import io.jvplatform.ventures.mapping.SourceMapper;

import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Capacity agreement entity to API type, and checked input onto the entity (errors name input.*). */
final class AgreementMapper {

    static final int MAX_PARTIES = 20;

    private AgreementMapper() {
    }

    /**
     * The parties of {@code input}, keyed by the field that names each partner, in input order:
     * each partner once, at most {@value #MAX_PARTIES}, at least one BUYER and one PROVIDER.
     */
    static Map<String, AgreementPartyEmbeddable> parties(List<AgreementPartyInput> parties) {
        if (parties.size() > MAX_PARTIES) {
            throw new ValidationException("input.parties", "input.parties may list at most " + MAX_PARTIES + " parties");
        }
        Map<String, AgreementPartyEmbeddable> checked = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>();
        Set<AgreementRole> roles = EnumSet.noneOf(AgreementRole.class);
        for (int i = 0; i < parties.size(); i++) {
            String field = "input.parties[" + i + "].partnerId";
            UUID partner = Ids.parse(field, parties.get(i).partnerId());
            if (!seen.add(partner)) {
                throw new ValidationException(field, "partner " + partner + " is named twice: a partner is a party once");
            }
            roles.add(parties.get(i).role());
            checked.put(field, new AgreementPartyEmbeddable(partner, parties.get(i).role()));
        }
        if (!roles.containsAll(EnumSet.allOf(AgreementRole.class))) {
            throw new ValidationException("input.parties", "an agreement needs at least one BUYER and one PROVIDER");
        }
        return checked;
    }

    /** Copies the checked {@code input} (all but the parties) onto {@code agreement}. */
    static void apply(AgreementInput input, CapacityAgreementEntity agreement) {
        agreement.name = Text.required(input.name(), "input.name", 200);
        agreement.program = Text.optional(input.program(), "input.program", 100);
        agreement.status = input.status();
        agreement.capacityMw = Capacity.megawatts(input.capacityMw(), "input.capacityMw");
        Money value = input.value() == null ? null
                : Money.positive(input.value().amount(), input.value().currency(), "input.value");
        agreement.valueAmount = value == null ? null : value.amount();
        agreement.valueCurrency = value == null ? null : value.currencyCode();
        agreement.announcedDate = input.announcedDate();
        agreement.startDate = input.startDate();
        agreement.endDate = input.endDate();
        if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            throw new ValidationException("input.endDate", "input.endDate must not be before input.startDate");
        }
        agreement.description = Text.optional(input.description(), "input.description", 5000, true);
        var sources = SourceMapper.toEmbeddables(input.sources(), "input.sources");
        agreement.sources.clear();
        agreement.sources.addAll(sources);
    }

    static CapacityAgreement toApi(CapacityAgreementEntity agreement) {
        Money value = agreement.valueAmount == null ? null
                : new Money(agreement.valueAmount, Currency.getInstance(agreement.valueCurrency));
        List<AgreementParty> parties = agreement.parties.stream()
                .sorted(Comparator.comparing(AgreementPartyEmbeddable::role).thenComparing(p -> p.partnerId().toString()))
                .map(party -> new AgreementParty(new Partner(party.partnerId().toString()), party.role()))
                .toList();
        return new CapacityAgreement(agreement.id.toString(), agreement.name, agreement.program, agreement.status,
                agreement.capacityMw, FundingPhaseMapper.toApi(value), agreement.announcedDate, agreement.startDate,
                agreement.endDate, agreement.description, parties, SourceMapper.toApi(agreement.sources), agreement.version);
    }

    static Set<UUID> partyIds(CapacityAgreementEntity agreement) {
        Set<UUID> ids = new HashSet<>();
        agreement.parties.forEach(party -> ids.add(party.partnerId()));
        return ids;
    }
}
