package io.jvplatform.ventures.agreement;

import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.ventures.agreement.model.AgreementFilter;
import io.jvplatform.ventures.agreement.model.AgreementInput;
import io.jvplatform.ventures.agreement.model.AgreementPage;
import io.jvplatform.ventures.agreement.model.CapacityAgreement;
import io.jvplatform.ventures.agreement.model.PartnerAgreements;
import io.jvplatform.ventures.audit.Audited;
import io.jvplatform.ventures.domain.Text;
import io.jvplatform.ventures.service.PartnerVerification;
import io.jvplatform.ventures.service.ReadScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Capacity agreements: written by editors (like venture data), read by every reader; a partner user
 * reads only those its partner is a party to ({@link ReadScope#agreementVisibility()}), any other is
 * answered as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class AgreementService {

    public static final int MAX_PAGE_SIZE = 100;

    private final AgreementRepository agreements;
    private final PartnerVerification partners;
    private final ReadScope scope;
    private final AuditTrail audit;

    AgreementService(AgreementRepository agreements, PartnerVerification partners, ReadScope scope, AuditTrail audit) {
        this.agreements = agreements;
        this.partners = partners;
        this.scope = scope;
        this.audit = audit;
    }

    public CapacityAgreement create(AgreementInput input) {
        CapacityAgreementEntity agreement = new CapacityAgreementEntity();
        agreement.id = UUID.randomUUID();
        AgreementMapper.apply(input, agreement);
        Map<String, AgreementPartyEmbeddable> parties = AgreementMapper.parties(input.parties());
        partners.requireActive(partnerIds(parties, Set.of()));
        agreement.parties.addAll(parties.values());
        agreement.version = 1;
        agreements.persist(agreement);
        CapacityAgreement created = AgreementMapper.toApi(agreement);
        audit.record("createAgreement", Audited.agreement(agreement.id), null, created);
        return created;
    }

    public CapacityAgreement update(String id, int expectedVersion, AgreementInput input) {
        UUID agreementId = Ids.parse("id", id);
        Map<String, AgreementPartyEmbeddable> parties = AgreementMapper.parties(input.parties());
        CapacityAgreementEntity agreement = agreements.lockById(agreementId)
                .orElseThrow(() -> new NotFoundException("id", "no agreement with id " + id));
        if (agreement.version != expectedVersion) {
            throw new ConflictException("expectedVersion", "the agreement is at version " + agreement.version
                    + ", not " + expectedVersion + ": reload it and try again");
        }
        // Only partners new to the agreement are checked: one archived since it signed stays a party.
        partners.requireActive(partnerIds(parties, AgreementMapper.partyIds(agreement)));
        CapacityAgreement before = AgreementMapper.toApi(agreement);
        AgreementMapper.apply(input, agreement);
        agreement.parties.clear();
        agreement.parties.addAll(parties.values());
        agreement.version++;
        CapacityAgreement after = AgreementMapper.toApi(agreement);
        audit.record("updateAgreement", Audited.agreement(agreement.id), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CapacityAgreement find(String id) {
        UUID agreementId = Ids.parse("id", id);
        return agreements.findByIdOptional(agreementId)
                .filter(agreement -> scope.agreementVisibility().test(AgreementMapper.partyIds(agreement)))
                .map(AgreementMapper::toApi)
                .orElseThrow(() -> new NotFoundException("id", "no agreement with id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementPage page(AgreementFilter filter, int offset, int limit) {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_PAGE_SIZE);
        }
        AgreementFilter f = filter == null ? new AgreementFilter(null, null) : filter;
        var criteria = new AgreementRepository.Criteria(Text.optional(f.program(), "filter.program", 100),
                f.partnerId() == null ? null : Ids.parse("filter.partnerId", f.partnerId()), scope.partner().orElse(null));
        AgreementRepository.Page page = agreements.page(criteria, offset, limit);
        return new AgreementPage(page.items().stream().map(AgreementMapper::toApi).toList(), Math.toIntExact(page.totalCount()));
    }

    /** One entry per requested partner, same order; agreements by name. One query for all partners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerAgreements> ofPartners(List<String> partnerIds) {
        Map<String, UUID> requested = new LinkedHashMap<>();
        for (int i = 0; i < partnerIds.size(); i++) {
            requested.put(partnerIds.get(i), Ids.parse("partnerIds[" + i + "]", partnerIds.get(i)));
        }
        Predicate<Collection<UUID>> visible = scope.agreementVisibility();
        Map<UUID, List<CapacityAgreement>> byPartner = new HashMap<>();
        for (CapacityAgreementEntity agreement : agreements.ofAnyParty(Set.copyOf(requested.values()))) {
            Set<UUID> parties = AgreementMapper.partyIds(agreement);
            if (visible.test(parties)) {
                CapacityAgreement api = AgreementMapper.toApi(agreement);
                parties.forEach(party -> byPartner.computeIfAbsent(party, p -> new ArrayList<>()).add(api));
            }
        }
        return partnerIds.stream()
                .map(partnerId -> new PartnerAgreements(partnerId, byPartner.getOrDefault(requested.get(partnerId), List.of())))
                .toList();
    }

    private static Map<String, UUID> partnerIds(Map<String, AgreementPartyEmbeddable> parties, Set<UUID> known) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        parties.forEach((field, party) -> {
            if (!known.contains(party.partnerId())) {
                ids.put(field, party.partnerId());
            }
        });
        return ids;
    }
}
