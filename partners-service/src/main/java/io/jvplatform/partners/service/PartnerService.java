package io.jvplatform.partners.service;

import io.jvplatform.partners.api.Partner;
import io.jvplatform.partners.api.PartnerFilter;
import io.jvplatform.partners.api.PartnerInput;
import io.jvplatform.partners.api.PartnerPage;
import io.jvplatform.partners.domain.PartnerRules;
import io.jvplatform.partners.persistence.PartnerEntity;
import io.jvplatform.partners.persistence.PartnerRepository;
import io.jvplatform.partners.audit.Audited;
import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.text.Countries;
import io.jvplatform.support.text.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Reads and writes partners. Every write checks its input first and the expected version second,
 * so an error leaves the database untouched; the unique indexes and {@code @Version} guard the
 * races those checks cannot see.
 */
@ApplicationScoped
@Transactional
public class PartnerService {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_IDS = 500;

    private final PartnerRepository repository;
    private final AuditTrail audit;

    PartnerService(PartnerRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(SUPPORTS)
    public Partner get(UUID id) {
        return PartnerMapper.toPartner(load(id));
    }

    /** One query for all ids; the result follows {@code ids} with null where a partner is unknown. */
    @Transactional(SUPPORTS)
    public List<Partner> getAll(List<UUID> ids) {
        if (ids.size() > MAX_IDS) {
            throw new ValidationException("ids", "ids may hold at most " + MAX_IDS + " ids");
        }
        Map<UUID, PartnerEntity> found = repository.listByIds(ids).stream()
                .collect(Collectors.toMap(partner -> partner.id, Function.identity()));
        return ids.stream()
                .map(id -> found.containsKey(id) ? PartnerMapper.toPartner(found.get(id)) : null)
                .toList();
    }

    @Transactional(SUPPORTS)
    public PartnerPage search(PartnerFilter filter, int offset, int limit) {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_PAGE_SIZE);
        }
        PartnerFilter criteria = filter == null ? PartnerFilter.NONE : filter;
        String country = criteria.country() == null ? null : criteria.country().strip().toUpperCase(Locale.ROOT);
        Countries.optional(country, "filter.country");
        PlainText.check("filter.search", criteria.search(), false);
        String search = criteria.search() == null || criteria.search().isBlank() ? null : criteria.search().strip();
        PanacheQuery<PartnerEntity> query = repository.search(search, criteria.kind(), country,
                Boolean.TRUE.equals(criteria.includeArchived()));
        List<Partner> items = query.range(offset, offset + limit - 1).list().stream()
                .map(PartnerMapper::toPartner)
                .toList();
        return new PartnerPage(items, Math.toIntExact(query.count()));
    }

    public Partner create(PartnerInput input, UUID id) {
        PartnerInput partner = validated(input);
        // a taken id (the client may choose it) surfaces at the flush as the primary key's violation,
        // like a taken name or LEI: one check that also holds when two creations race
        PartnerEntity entity = new PartnerEntity();
        entity.id = id;
        PartnerMapper.apply(partner, entity);
        repository.persist(entity);
        flush(partner);
        Log.infof("created partner %s (%s)", entity.id, entity.name);
        Partner created = PartnerMapper.toPartner(entity);
        audit.record("createPartner", Audited.partner(entity.id), null, created);
        return created;
    }

    public Partner update(UUID id, int expectedVersion, PartnerInput input) {
        PartnerInput partner = validated(input);
        PartnerEntity entity = loadAtVersion(id, expectedVersion);
        Partner before = PartnerMapper.toPartner(entity);
        PartnerMapper.apply(partner, entity);
        flush(partner);
        Partner after = PartnerMapper.toPartner(entity);
        audit.record("updatePartner", Audited.partner(id), before, after);
        return after;
    }

    /**
     * Archives or restores. Callers that archive must have checked the partner's stakes first
     * (see {@link PartnerArchiver}); restoring needs no check.
     */
    public Partner setArchived(UUID id, int expectedVersion, boolean archived) {
        PartnerEntity entity = loadAtVersion(id, expectedVersion);
        if (entity.archived == archived) {
            throw new ConflictException("id", "partner " + id + " is already " + (archived ? "archived" : "active"));
        }
        Partner before = PartnerMapper.toPartner(entity);
        entity.archived = archived;
        flush(null);
        Log.infof("%s partner %s (%s)", archived ? "archived" : "restored", entity.id, entity.name);
        Partner after = PartnerMapper.toPartner(entity);
        audit.record(archived ? "archivePartner" : "restorePartner", Audited.partner(id), before, after);
        return after;
    }

    /** Fails like {@link #setArchived} would, without writing: lets the archiver fail fast before asking a peer. */
    @Transactional(SUPPORTS)
    public void checkArchivable(UUID id, int expectedVersion) {
        PartnerEntity entity = loadAtVersion(id, expectedVersion);
        if (entity.archived) {
            throw new ConflictException("id", "partner " + id + " is already archived");
        }
    }

    private PartnerInput validated(PartnerInput input) {
        return PartnerRules.checked(input.normalized());
    }

    private PartnerEntity load(UUID id) {
        PartnerEntity entity = repository.findById(id);
        if (entity == null) {
            throw new NotFoundException("id", "no partner with id " + id);
        }
        return entity;
    }

    private PartnerEntity loadAtVersion(UUID id, int expectedVersion) {
        PartnerEntity entity = load(id);
        if (entity.version != expectedVersion) {
            throw staleVersion(id);
        }
        return entity;
    }

    /**
     * Writes now, inside this method, so that a lost race (a concurrent update, or a duplicate
     * name or LEI written meanwhile) surfaces as a client error rather than at commit.
     */
    private void flush(PartnerInput input) {
        try {
            repository.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException("expectedVersion", "partner was changed concurrently; read it again and retry");
        } catch (ConstraintViolationException e) {
            throw duplicate(e.getConstraintName(), input, e);
        }
    }

    private static ConflictException staleVersion(UUID id) {
        return new ConflictException("expectedVersion",
                "partner " + id + " has been changed since that version; read it again and retry");
    }

    private static RuntimeException duplicate(String constraint, PartnerInput input, RuntimeException cause) {
        if (PartnerEntity.UNIQUE_NAME.equals(constraint)) {
            return new ConflictException("input.name", "a partner named \"" + input.name() + "\" already exists");
        }
        if (PartnerEntity.PRIMARY_KEY.equals(constraint)) {
            return new ConflictException("id", "a partner with this id already exists");
        }
        if (PartnerEntity.UNIQUE_LEI.equals(constraint)) {
            return new ConflictException("input.lei", "a partner with LEI " + input.lei() + " already exists");
        }
        return cause;
    }
}
