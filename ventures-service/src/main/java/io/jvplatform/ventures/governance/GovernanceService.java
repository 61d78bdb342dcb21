package io.jvplatform.ventures.governance;

import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.ventures.api.model.Partner;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.audit.Audited;
import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.domain.EffectiveDates;
import io.jvplatform.ventures.domain.Money;
import io.jvplatform.ventures.domain.Percentage;
import io.jvplatform.ventures.domain.Text;
import io.jvplatform.ventures.governance.model.BoardSeat;
import io.jvplatform.ventures.governance.model.BoardSeatInput;
import io.jvplatform.ventures.governance.model.ChairInput;
import io.jvplatform.ventures.governance.model.DeadlockMechanismInput;
import io.jvplatform.ventures.governance.model.Governance;
import io.jvplatform.ventures.governance.model.ReservedMatter;
import io.jvplatform.ventures.governance.model.ReservedMatterInput;
import io.jvplatform.ventures.governance.model.SeatCount;
import io.jvplatform.ventures.mapping.FundingPhaseMapper;
import io.jvplatform.ventures.mapping.VentureMapper;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import io.jvplatform.ventures.service.OwnershipService;
import io.jvplatform.ventures.service.PartnerVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A venture's board, chair, deadlock mechanism and reserved matters. Every write locks the venture
 * row first, so governance writes of one venture are serialised (as ownership writes are) and a
 * version read before the lock is checked against the one in force after it.
 */
@ApplicationScoped
@Transactional
public class GovernanceService {

    private final GovernanceRepository governance;
    private final VentureRepository ventures;
    private final OwnershipService ownership;
    private final PartnerVerification partners;
    private final AuditTrail audit;

    GovernanceService(GovernanceRepository governance, VentureRepository ventures, OwnershipService ownership,
                      PartnerVerification partners, AuditTrail audit) {
        this.governance = governance;
        this.ventures = ventures;
        this.ownership = ownership;
        this.partners = partners;
        this.audit = audit;
    }

    public BoardSeat addSeat(String ventureId, BoardSeatInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        UUID partner = Ids.parse("input.partnerId", input.partnerId());
        BoardSeatEntity seat = new BoardSeatEntity();
        seat.id = UUID.randomUUID();
        seat.ventureId = venture;
        seat.partnerId = partner;
        seat.holderName = Text.optional(input.holderName(), "input.holderName", 200);
        seat.startDate = date(input.startDate(), "input.startDate");
        if (input.endDate() != null && input.endDate().isBefore(seat.startDate)) {
            throw new ValidationException("input.endDate", "input.endDate must not be before input.startDate");
        }
        seat.endDate = input.endDate();
        partners.requireActive("input.partnerId", partner);
        VentureEntity entity = lock(venture, "ventureId");
        // A seat is appointed by a partner of the venture: an owner, or one with a role (an offtaker's seat).
        boolean involved = entity.currentStakes.stream().anyMatch(stake -> stake.partnerId().equals(partner))
                || entity.participants.stream().anyMatch(role -> role.partnerId().equals(partner));
        if (!involved) {
            throw new ValidationException("input.partnerId", "partner " + partner
                    + " holds no stake and no role in this venture, so it cannot appoint a seat");
        }
        seat.version = 1;
        governance.persist(seat);
        BoardSeat added = toApi(seat);
        audit.record("addBoardSeat", Audited.part(Audited.BOARD_SEAT, seat.id, venture), null, added);
        return added;
    }

    public BoardSeat endSeat(String id, int expectedVersion, LocalDate endDate) {
        UUID seatId = Ids.parse("id", id);
        BoardSeatEntity found = governance.seat(seatId)
                .orElseThrow(() -> new NotFoundException("id", "no board seat with id " + id));
        lock(found.ventureId, "id");
        BoardSeatEntity seat = governance.lockSeat(seatId).orElseThrow();
        if (seat.version != expectedVersion) {
            throw new ConflictException("expectedVersion", "the seat is at version " + seat.version + ", not "
                    + expectedVersion + ": reload it and try again");
        }
        if (seat.endDate != null) {
            throw new ConflictException("endDate", "the seat already ended on " + seat.endDate);
        }
        if (date(endDate, "endDate").isBefore(seat.startDate)) {
            throw new ValidationException("endDate", "endDate must not be before the seat's start date " + seat.startDate);
        }
        BoardSeat before = toApi(seat);
        seat.endDate = endDate;
        seat.version++;
        BoardSeat after = toApi(seat);
        audit.record("endBoardSeat", Audited.part(Audited.BOARD_SEAT, seat.id, seat.ventureId), before, after);
        return after;
    }

    public Governance setChair(String ventureId, int expectedVersion, ChairInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        UUID seatId = input.seatId() == null ? null : Ids.parse("input.seatId", input.seatId());
        if (seatId == null && input.castingVote()) {
            throw new ValidationException("input.castingVote", "a casting vote needs a chair: name input.seatId");
        }
        VentureEntity entity = lock(venture, "ventureId");
        GovernanceEntity settings = settingsAt(venture, expectedVersion);
        if (seatId != null) {
            BoardSeatEntity seat = governance.seat(seatId).filter(s -> s.ventureId.equals(venture))
                    .orElseThrow(() -> new ValidationException("input.seatId", "no board seat " + seatId + " in this venture"));
            if (seat.endDate != null && seat.endDate.isBefore(OwnershipService.today())) {
                throw new ValidationException("input.seatId", "the seat ended on " + seat.endDate);
            }
        }
        Map<String, Object> before = settings(settings);
        settings.chairSeatId = seatId;
        settings.chairCastingVote = input.castingVote();
        return save("setBoardChair", before, settings, entity);
    }

    public Governance setMechanism(String ventureId, int expectedVersion, DeadlockMechanismInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        String note = Text.optional(input.note(), "input.note", 1000, true);
        VentureEntity entity = lock(venture, "ventureId");
        GovernanceEntity settings = settingsAt(venture, expectedVersion);
        Map<String, Object> before = settings(settings);
        settings.mechanism = input.mechanism();
        settings.mechanismNote = note;
        return save("setDeadlockMechanism", before, settings, entity);
    }

    public ReservedMatter addMatter(String ventureId, ReservedMatterInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        ReservedMatterEntity matter = new ReservedMatterEntity();
        matter.id = UUID.randomUUID();
        matter.ventureId = venture;
        matter.title = Text.required(input.title(), "input.title", 200);
        matter.approval = input.approval();
        if (input.approval() == ApprovalRule.UNANIMOUS) {
            if (input.thresholdPercent() != null) {
                throw new ValidationException("input.thresholdPercent", "a UNANIMOUS matter has no threshold");
            }
        } else {
            matter.thresholdPercent = Percentage.positive(input.thresholdPercent(), "input.thresholdPercent");
        }
        if (input.above() != null) {
            Money above = Money.positive(input.above().amount(), input.above().currency(), "input.above");
            matter.aboveAmount = above.amount();
            matter.aboveCurrency = above.currencyCode();
        }
        matter.description = Text.optional(input.description(), "input.description", 2000, true);
        lock(venture, "ventureId");
        if (governance.titleTaken(venture, matter.title)) {
            throw new ConflictException("input.title", "the venture already has a reserved matter '" + matter.title + "'");
        }
        governance.persist(matter);
        ReservedMatter added = toApi(matter);
        audit.record("addReservedMatter", Audited.part(Audited.RESERVED_MATTER, matter.id, venture), null, added);
        return added;
    }

    public ReservedMatter removeMatter(String id) {
        UUID matterId = Ids.parse("id", id);
        ReservedMatterEntity matter = governance.matter(matterId)
                .orElseThrow(() -> new NotFoundException("id", "no reserved matter with id " + id));
        lock(matter.ventureId, "id");
        ReservedMatter removed = toApi(matter);
        governance.remove(matter);
        audit.record("removeReservedMatter", Audited.part(Audited.RESERVED_MATTER, matter.id, matter.ventureId), removed, null);
        return removed;
    }

    /** Governance of each venture on {@code asOf} (today, UTC, when null), same order: three queries for all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Governance> of(List<Venture> list, LocalDate asOf) {
        LocalDate date = asOf == null ? OwnershipService.today() : asOf;
        List<UUID> ids = list.stream().map(venture -> UUID.fromString(venture.id())).distinct().toList();
        Map<UUID, List<BoardSeatEntity>> seats = governance.seatsOf(ids).stream()
                .collect(Collectors.groupingBy(seat -> seat.ventureId));
        Map<UUID, GovernanceEntity> settings = governance.settingsOf(ids).stream()
                .collect(Collectors.toMap(s -> s.ventureId, Function.identity()));
        Map<UUID, List<ReservedMatterEntity>> matters = governance.mattersOf(ids).stream()
                .collect(Collectors.groupingBy(matter -> matter.ventureId));
        Map<String, CapTable> tables = ownership.tablesOn(list, date);
        return list.stream().map(venture -> {
            UUID id = UUID.fromString(venture.id());
            return governance(date, seats.getOrDefault(id, List.of()),
                    settings.getOrDefault(id, GovernanceEntity.unset(id)), matters.getOrDefault(id, List.of()),
                    tables.get(venture.id()));
        }).toList();
    }

    private Governance save(String action, Map<String, Object> before, GovernanceEntity settings, VentureEntity venture) {
        if (settings.version == 0) {
            settings.version = 1;
            governance.persist(settings);
        } else {
            settings.version++;
        }
        audit.record(action, Audited.part(Audited.GOVERNANCE, settings.ventureId, settings.ventureId), before, settings(settings));
        return of(List.of(VentureMapper.toApi(venture)), null).get(0);
    }

    /**
     * The chair and deadlock settings as the trail compares them: what the two mutations write, not the
     * whole Governance answer (the board on a date, the risk derived from it and the cap table).
     */
    private static Map<String, Object> settings(GovernanceEntity settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("chairSeatId", settings.chairSeatId);
        fields.put("castingVote", settings.chairCastingVote);
        fields.put("deadlockMechanism", settings.mechanism);
        fields.put("mechanismNote", settings.mechanismNote);
        fields.put("version", settings.version);
        return fields;
    }

    private GovernanceEntity settingsAt(UUID venture, int expectedVersion) {
        GovernanceEntity settings = governance.settingsForUpdate(venture);
        if (settings.version != expectedVersion) {
            throw new ConflictException("expectedVersion", "the venture's governance is at version " + settings.version
                    + ", not " + expectedVersion + ": reload it and try again");
        }
        return settings;
    }

    static Governance governance(LocalDate date, List<BoardSeatEntity> seats, GovernanceEntity settings,
                                 List<ReservedMatterEntity> matters, CapTable table) {
        Board board = Board.of(date, seats.stream().map(BoardSeatEntity::toSeat).toList());
        List<BoardSeat> inForce = seats.stream().filter(seat -> board.inForce(seat.id)).map(GovernanceService::toApi).toList();
        BoardSeat chair = inForce.stream().filter(seat -> seat.id().equals(String.valueOf(settings.chairSeatId)))
                .findFirst().orElse(null);
        boolean castingVote = chair != null && settings.chairCastingVote;
        List<SeatCount> counts = board.seatsByPartner().entrySet().stream()
                .map(entry -> new SeatCount(new Partner(entry.getKey().toString()), entry.getValue())).toList();
        boolean stakeParity = table.parity();
        return new Governance(date, inForce, counts, chair, castingVote, board.parity(), stakeParity,
                DeadlockRisk.of(stakeParity, board.parity(), castingVote), settings.mechanism, settings.mechanismNote,
                matters.stream().map(GovernanceService::toApi).toList(), settings.version);
    }

    private static LocalDate date(LocalDate date, String field) {
        if (date == null) {
            throw new ValidationException(field, field + " is required");
        }
        if (date.isBefore(EffectiveDates.EARLIEST)) {
            throw new ValidationException(field, field + " must not be before " + EffectiveDates.EARLIEST);
        }
        return date;
    }

    private VentureEntity lock(UUID id, String field) {
        return ventures.lockById(id).orElseThrow(() -> new NotFoundException(field, "no venture with id " + id));
    }

    private static BoardSeat toApi(BoardSeatEntity seat) {
        return new BoardSeat(seat.id.toString(), new Partner(seat.partnerId.toString()), seat.holderName, seat.startDate,
                seat.endDate, seat.version);
    }

    private static ReservedMatter toApi(ReservedMatterEntity matter) {
        Money above = matter.aboveAmount == null ? null : new Money(matter.aboveAmount, Currency.getInstance(matter.aboveCurrency));
        return new ReservedMatter(matter.id.toString(), matter.title, matter.approval, matter.thresholdPercent,
                FundingPhaseMapper.toApi(above), matter.description);
    }
}
