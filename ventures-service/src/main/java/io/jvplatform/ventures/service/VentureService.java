package io.jvplatform.ventures.service;

import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.ventures.api.model.PartnerVentures;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.api.model.VentureFilter;
import io.jvplatform.ventures.api.model.VentureInput;
import io.jvplatform.ventures.api.model.VenturePage;
import io.jvplatform.support.text.Countries;
import io.jvplatform.ventures.audit.Audited;
import io.jvplatform.ventures.domain.ParticipantRole;
import io.jvplatform.ventures.domain.Text;
import io.jvplatform.ventures.mapping.VentureMapper;
import io.jvplatform.ventures.persistence.ParticipantEmbeddable;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Ventures and their participants. */
@ApplicationScoped
@Transactional
public class VentureService {

    public static final int MAX_PAGE_SIZE = 100;

    private final VentureRepository ventures;
    private final PartnerVerification partners;
    private final ReadScope scope;
    private final AuditTrail audit;

    VentureService(VentureRepository ventures, PartnerVerification partners, ReadScope scope, AuditTrail audit) {
        this.ventures = ventures;
        this.partners = partners;
        this.scope = scope;
        this.audit = audit;
    }

    public Venture create(VentureInput input) {
        VentureEntity venture = new VentureEntity();
        venture.id = UUID.randomUUID();
        VentureMapper.apply(input, venture);
        venture.version = 1;
        ventures.persist(venture);
        Venture created = VentureMapper.toApi(venture);
        audit.record("createVenture", Audited.venture(venture.id), null, created);
        return created;
    }

    public Venture update(String id, int expectedVersion, VentureInput input) {
        VentureEntity venture = lock(Ids.parse("id", id), "id");
        if (venture.version != expectedVersion) {
            throw new ConflictException("expectedVersion", "the venture is at version " + venture.version
                    + ", not " + expectedVersion + ": reload it and try again");
        }
        Venture before = VentureMapper.toApi(venture);
        VentureMapper.apply(input, venture);
        venture.version++;
        Venture after = VentureMapper.toApi(venture);
        audit.record("updateVenture", Audited.venture(venture.id), before, after);
        return after;
    }

    public Venture addParticipant(String ventureId, String partnerId, ParticipantRole role) {
        UUID ventureUuid = Ids.parse("ventureId", ventureId);
        UUID partnerUuid = Ids.parse("partnerId", partnerId);
        partners.requireActive("partnerId", partnerUuid);
        VentureEntity venture = lock(ventureUuid, "ventureId");
        Venture before = VentureMapper.toApi(venture);
        if (!venture.participants.add(new ParticipantEmbeddable(partnerUuid, role))) {
            throw new ConflictException("role", "partner " + partnerId + " is already " + role + " of this venture");
        }
        Venture after = VentureMapper.toApi(venture);
        audit.record("addParticipant", Audited.venture(venture.id), before, after);
        return after;
    }

    public Venture removeParticipant(String ventureId, String partnerId, ParticipantRole role) {
        UUID partnerUuid = Ids.parse("partnerId", partnerId);
        VentureEntity venture = lock(Ids.parse("ventureId", ventureId), "ventureId");
        Venture before = VentureMapper.toApi(venture);
        if (!venture.participants.remove(new ParticipantEmbeddable(partnerUuid, role))) {
            throw new NotFoundException("role", "partner " + partnerId + " is not " + role + " of this venture");
        }
        Venture after = VentureMapper.toApi(venture);
        audit.record("removeParticipant", Audited.venture(venture.id), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Venture find(String id) {
        return ventures.withIds(List.of(Ids.parse("id", id))).stream().filter(scope.visibility()).findFirst().map(VentureMapper::toApi)
                .orElseThrow(() -> new NotFoundException("id", "no venture with id " + id));
    }

    /** Same order as {@code ids}, null where unknown (or out of the caller's scope). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Venture> findByIds(List<String> ids) {
        List<UUID> uuids = Ids.parseAll("ids", ids);
        Map<UUID, VentureEntity> found = ventures.withIds(uuids).stream().filter(scope.visibility())
                .collect(Collectors.toMap(venture -> venture.id, Function.identity()));
        return uuids.stream().map(found::get).map(venture -> venture == null ? null : VentureMapper.toApi(venture)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VenturePage page(VentureFilter filter, int offset, int limit) {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_PAGE_SIZE);
        }
        VentureFilter f = filter == null ? new VentureFilter(null, null, null, null, null) : filter;
        var criteria = new VentureRepository.Criteria(f.status(), Countries.optional(f.country(), "filter.country"),
                Text.optional(f.program(), "filter.program", 100),
                f.partnerId() == null ? null : Ids.parse("filter.partnerId", f.partnerId()),
                Text.optional(f.search(), "filter.search", 200), scope.partner().orElse(null));
        VentureRepository.Page page = ventures.page(criteria, offset, limit);
        return new VenturePage(page.items().stream().map(VentureMapper::toApi).toList(), Math.toIntExact(page.totalCount()));
    }

    /** One entry per requested partner, same order; ventures by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerVentures> venturesOfPartners(List<String> partnerIds) {
        Map<String, UUID> requested = new LinkedHashMap<>();
        for (int i = 0; i < partnerIds.size(); i++) {
            requested.put(partnerIds.get(i), Ids.parse("partnerIds[" + i + "]", partnerIds.get(i)));
        }
        // One query for every partner's ventures; which partner each belongs to is read off its rows.
        List<VentureEntity> involved = ventures.involvingAny(Set.copyOf(requested.values())).stream()
                .filter(scope.visibility()).toList();
        Map<UUID, Venture> loaded = involved.stream().collect(Collectors.toMap(venture -> venture.id, VentureMapper::toApi));
        Map<UUID, List<UUID>> byPartner = new HashMap<>();
        for (VentureEntity venture : involved) {
            Stream.concat(venture.currentStakes.stream().map(StakeEmbeddable::partnerId),
                            venture.participants.stream().map(ParticipantEmbeddable::partnerId))
                    .distinct()
                    .forEach(partner -> byPartner.computeIfAbsent(partner, p -> new ArrayList<>()).add(venture.id));
        }
        Comparator<Venture> byName = Comparator.comparing(Venture::name).thenComparing(Venture::id);
        return partnerIds.stream()
                .map(partnerId -> new PartnerVentures(partnerId, byPartner.getOrDefault(requested.get(partnerId), List.of())
                        .stream().map(loaded::get).sorted(byName).toList()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Venture> activeStakes(String partnerId) {
        return ventures.withActiveStakeOf(Ids.parse("partnerId", partnerId)).stream().filter(scope.visibility())
                .map(VentureMapper::toApi).toList();
    }

    private VentureEntity lock(UUID id, String field) {
        return ventures.lockById(id).orElseThrow(() -> new NotFoundException(field, "no venture with id " + id));
    }
}
