package io.jvplatform.ventures.service;

import io.jvplatform.support.security.Callers;
import io.jvplatform.support.security.Roles;
import io.jvplatform.ventures.client.PartnerStatus;
import io.jvplatform.ventures.api.model.PartnerVentures;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.api.model.VentureFilter;
import io.jvplatform.ventures.domain.ParticipantRole;
import io.jvplatform.ventures.domain.VentureStatus;
import io.jvplatform.ventures.persistence.ParticipantEmbeddable;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import io.jvplatform.ventures.client.PartnerStatuses;
import io.jvplatform.ventures.support.Refusal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Venture reads on a repository of a few rows in memory: paging arguments and filters checked on
 * their fields, the partner scope passed to the page's query and applied to every other read, and
 * the grouping of one batched load per partner and per id list, in the order asked.
 */
class VentureServiceTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID NOBODY = UUID.fromString("00000000-0000-0000-0000-00000000000f");
    private static final UUID ARCHIVED = UUID.fromString("00000000-0000-0000-0000-00000000000e");

    /** Owned by Nscale and Aker; OpenAI is its offtaker. */
    private static final VentureEntity NORWAY = venture("Stargate Norway", "10000000-0000-0000-0000-000000000001", NSCALE, AKER, OPENAI);
    /** Owned by Aker alone, which also builds it. */
    private static final VentureEntity ARCTIC = venture("Arctic Compute", "10000000-0000-0000-0000-000000000002", AKER, null, AKER);
    /** Same name as ARCTIC, a higher id: listed after it. */
    private static final VentureEntity ARCTIC_TWO = venture("Arctic Compute", "10000000-0000-0000-0000-000000000003", NSCALE, null, null);

    private final Rows rows = new Rows();

    static Stream<Arguments> badPages() {
        return Stream.of(
                Arguments.of("a negative offset", -1, 20, null, "offset"),
                Arguments.of("a limit of 0", 0, 0, null, "limit"),
                Arguments.of("a limit of 101", 0, 101, null, "limit"),
                Arguments.of("a country that is not ISO 3166", 0, 20, new VentureFilter(null, "Norway", null, null, null), "filter.country"),
                Arguments.of("a lower-case country", 0, 20, new VentureFilter(null, "no", null, null, null), "filter.country"),
                Arguments.of("a program of 101 characters", 0, 20, new VentureFilter(null, null, "p".repeat(101), null, null), "filter.program"),
                Arguments.of("a partner id that is not a UUID", 0, 20, new VentureFilter(null, null, null, "nscale", null), "filter.partnerId"),
                Arguments.of("a search of 201 characters", 0, 20, new VentureFilter(null, null, null, null, "s".repeat(201)), "filter.search"),
                Arguments.of("a NUL in the search", 0, 20, new VentureFilter(null, null, null, null, "a\u0000"), "filter.search"));
    }

    @ParameterizedTest(name = "{0} is refused on {4}")
    @MethodSource("badPages")
    void aBadPageIsRefusedOnItsArgumentBeforeAnyQuery(String rule, int offset, int limit, VentureFilter filter, String field) {
        assertThat(Refusal.of(() -> service(viewer()).page(filter, offset, limit))).isEqualTo(Refusal.validation(field));
        assertThat(rows.pagesAsked).isEmpty();
    }

    @Test
    void thePagesCriteriaAreTheCheckedFilterAndNoScopeForAViewer() {
        var page = service(viewer()).page(new VentureFilter(VentureStatus.ACTIVE, "NO", " Stargate ", NSCALE.toString(), " norway "), 20, 100);

        assertThat(rows.pagesAsked).singleElement().isEqualTo(new Paged(
                new VentureRepository.Criteria(VentureStatus.ACTIVE, "NO", "Stargate", NSCALE, "norway", null), 20, 100));
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.items()).extracting(Venture::id).containsExactly(NORWAY.id.toString(), ARCTIC.id.toString(), ARCTIC_TWO.id.toString());
    }

    @Test
    void aPartnerUsersPageIsConfinedToItsPartnerAndNoFilterIsNoCondition() {
        service(partnerUser(AKER)).page(null, 0, 1);

        assertThat(rows.pagesAsked).singleElement()
                .isEqualTo(new Paged(new VentureRepository.Criteria(null, null, null, null, null, AKER), 0, 1));
    }

    @Test
    void venturesByIdsAreInTheOrderAskedWithNullForUnknownOnes() {
        List<Venture> found = service(viewer()).findByIds(List.of(ARCTIC.id.toString(), NOBODY.toString(), NORWAY.id.toString(),
                ARCTIC.id.toString()));

        assertThat(found).extracting(venture -> venture == null ? null : venture.id())
                .containsExactly(ARCTIC.id.toString(), null, NORWAY.id.toString(), ARCTIC.id.toString());
        assertThat(rows.idsAsked).hasSize(1);
    }

    @Test
    void aVentureOutOfAPartnerUsersScopeReadsAsUnknown() {
        VentureService service = service(partnerUser(OPENAI));

        assertThat(service.findByIds(List.of(ARCTIC.id.toString(), NORWAY.id.toString())))
                .extracting(venture -> venture == null ? null : venture.id()).containsExactly(null, NORWAY.id.toString());
        assertThat(Refusal.of(() -> service.find(ARCTIC.id.toString()))).isEqualTo(Refusal.notFound("id"));
        assertThat(service.find(NORWAY.id.toString()).name()).isEqualTo("Stargate Norway");
    }

    @Test
    void aBadIdInAListIsNamedByItsIndex() {
        assertThat(Refusal.of(() -> service(viewer()).findByIds(List.of(NORWAY.id.toString(), "norway"))))
                .isEqualTo(Refusal.validation("ids[1]"));
        assertThat(Refusal.of(() -> service(viewer()).venturesOfPartners(List.of(NSCALE.toString(), "1-2-3-4-5"))))
                .isEqualTo(Refusal.validation("partnerIds[1]"));
        assertThat(Refusal.of(() -> service(viewer()).find("norway"))).isEqualTo(Refusal.validation("id"));
    }

    @Test
    void eachPartnerGetsTheVenturesItHoldsAStakeOrARoleInByNameThenId() {
        List<PartnerVentures> byPartner = service(viewer()).venturesOfPartners(List.of(NSCALE.toString(), OPENAI.toString(),
                AKER.toString(), NOBODY.toString()));

        assertThat(rows.partnersAsked).singleElement().satisfies(asked ->
                assertThat(asked).containsExactlyInAnyOrder(NSCALE, OPENAI, AKER, NOBODY));
        assertThat(byPartner).extracting(PartnerVentures::partnerId)
                .containsExactly(NSCALE.toString(), OPENAI.toString(), AKER.toString(), NOBODY.toString());
        assertThat(ids(byPartner.get(0))).containsExactly(ARCTIC_TWO.id.toString(), NORWAY.id.toString());
        assertThat(ids(byPartner.get(1))).as("a role without a stake").containsExactly(NORWAY.id.toString());
        assertThat(ids(byPartner.get(2))).as("a stake and a role count once").containsExactly(ARCTIC.id.toString(), NORWAY.id.toString());
        assertThat(byPartner.get(3).ventures()).isEmpty();
    }

    @Test
    void aPartnerAskedTwiceIsAnsweredTwice() {
        List<PartnerVentures> byPartner = service(viewer()).venturesOfPartners(List.of(OPENAI.toString(), OPENAI.toString()));

        assertThat(byPartner).hasSize(2).allSatisfy(entry -> assertThat(ids(entry)).containsExactly(NORWAY.id.toString()));
    }

    @Test
    void aPartnerUserSeesOnlyItsOwnVenturesUnderAnyPartner() {
        List<PartnerVentures> byPartner = service(partnerUser(OPENAI)).venturesOfPartners(List.of(AKER.toString(), NSCALE.toString()));

        assertThat(ids(byPartner.get(0))).containsExactly(NORWAY.id.toString());
        assertThat(ids(byPartner.get(1))).containsExactly(NORWAY.id.toString());
    }

    @Test
    void activeStakesAreConfinedToThePartnerUsersScopeToo() {
        assertThat(service(viewer()).activeStakes(AKER.toString())).extracting(Venture::id)
                .containsExactly(ARCTIC.id.toString(), NORWAY.id.toString());
        assertThat(service(partnerUser(OPENAI)).activeStakes(AKER.toString())).extracting(Venture::id)
                .containsExactly(NORWAY.id.toString());
        assertThat(Refusal.of(() -> service(viewer()).activeStakes("aker"))).isEqualTo(Refusal.validation("partnerId"));
    }

    static Stream<Arguments> refusedWrites() {
        String norway = NORWAY.id.toString();
        return Stream.of(
                Arguments.of("updating by an id that is not a UUID", (Write) service -> service.update("norway", 1, null), Refusal.validation("id")),
                Arguments.of("updating an unknown venture", (Write) service -> service.update(NOBODY.toString(), 1, null), Refusal.notFound("id")),
                Arguments.of("updating on an old version", (Write) service -> service.update(norway, 0, null), Refusal.conflict("expectedVersion")),
                Arguments.of("a role of a venture id that is not a UUID", (Write) service -> service.addParticipant("norway", NSCALE.toString(),
                        ParticipantRole.BUILDER), Refusal.validation("ventureId")),
                Arguments.of("a role of a partner id that is not a UUID", (Write) service -> service.addParticipant(norway, "nscale",
                        ParticipantRole.BUILDER), Refusal.validation("partnerId")),
                Arguments.of("a role of an unknown partner", (Write) service -> service.addParticipant(norway, NOBODY.toString(),
                        ParticipantRole.BUILDER), Refusal.validation("partnerId")),
                Arguments.of("a role of an archived partner", (Write) service -> service.addParticipant(norway, ARCHIVED.toString(),
                        ParticipantRole.BUILDER), Refusal.validation("partnerId")),
                Arguments.of("a role in an unknown venture", (Write) service -> service.addParticipant(NOBODY.toString(), NSCALE.toString(),
                        ParticipantRole.BUILDER), Refusal.notFound("ventureId")),
                Arguments.of("a role the partner already has", (Write) service -> service.addParticipant(norway, OPENAI.toString(),
                        ParticipantRole.OFFTAKER), Refusal.conflict("role")),
                Arguments.of("removing a role the partner does not have", (Write) service -> service.removeParticipant(norway,
                        OPENAI.toString(), ParticipantRole.BUILDER), Refusal.notFound("role")),
                Arguments.of("removing a role of an archived partner it never had", (Write) service -> service.removeParticipant(norway,
                        ARCHIVED.toString(), ParticipantRole.OPERATOR), Refusal.notFound("role")),
                Arguments.of("removing a role from an unknown venture", (Write) service -> service.removeParticipant(NOBODY.toString(),
                        OPENAI.toString(), ParticipantRole.OFFTAKER), Refusal.notFound("ventureId")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusedWrites")
    void aRefusedWriteLeavesTheVentureAsItWas(String rule, Write write, Refusal refusal) {
        VentureService service = new VentureService(rows, new PartnerVerification(PartnerStatuses.knowing(Map.of(
                NSCALE, PartnerStatus.ACTIVE, OPENAI, PartnerStatus.ACTIVE, ARCHIVED, PartnerStatus.ARCHIVED))),
                new ReadScope(viewer()), null);

        assertThat(Refusal.of(() -> write.on(service))).isEqualTo(refusal);
        assertThat(rows.locked).allSatisfy(venture -> {
            assertThat(venture.version).isEqualTo(1);
            assertThat(venture.participants).containsExactly(new ParticipantEmbeddable(OPENAI, ParticipantRole.OFFTAKER));
        });
    }

    /** A write of the service. */
    @FunctionalInterface
    interface Write {
        void on(VentureService service);
    }

    /** A page the service asked for. */
    record Paged(VentureRepository.Criteria criteria, int offset, int limit) {
    }

    /** Three venture rows; every question is kept. */
    static final class Rows extends VentureRepository {

        final List<Paged> pagesAsked = new ArrayList<>();
        final List<Collection<UUID>> idsAsked = new ArrayList<>();
        final List<Collection<UUID>> partnersAsked = new ArrayList<>();
        final List<VentureEntity> locked = new ArrayList<>();
        private final List<VentureEntity> all = List.of(NORWAY, ARCTIC, ARCTIC_TWO);

        /** A copy of the row, as a write's transaction has it: what the write does to it is seen in {@link #locked}. */
        @Override
        public Optional<VentureEntity> lockById(UUID id) {
            Optional<VentureEntity> row = all.stream().filter(venture -> venture.id.equals(id)).findFirst().map(VentureServiceTests::copy);
            row.ifPresent(locked::add);
            return row;
        }

        @Override
        public List<VentureEntity> withIds(Collection<UUID> ids) {
            idsAsked.add(ids);
            return all.stream().filter(venture -> ids.contains(venture.id)).toList();
        }

        @Override
        public Page page(Criteria criteria, int offset, int limit) {
            pagesAsked.add(new Paged(criteria, offset, limit));
            return new Page(all, all.size());
        }

        @Override
        public List<VentureEntity> involvingAny(Collection<UUID> partnerIds) {
            partnersAsked.add(partnerIds);
            return all.stream().filter(venture -> venture.currentStakes.stream().anyMatch(stake -> partnerIds.contains(stake.partnerId()))
                    || venture.participants.stream().anyMatch(role -> partnerIds.contains(role.partnerId()))).toList();
        }

        @Override
        public List<VentureEntity> withActiveStakeOf(UUID partnerId) {
            return all.stream().filter(venture -> venture.currentStakes.stream().anyMatch(stake -> stake.partnerId().equals(partnerId)))
                    .sorted(java.util.Comparator.comparing((VentureEntity venture) -> venture.name).thenComparing(venture -> venture.id))
                    .toList();
        }
    }

    private static VentureEntity copy(VentureEntity row) {
        VentureEntity copy = new VentureEntity();
        copy.id = row.id;
        copy.name = row.name;
        copy.jurisdiction = row.jurisdiction;
        copy.status = row.status;
        copy.version = row.version;
        copy.ledgerVersion = row.ledgerVersion;
        copy.currentStakes.addAll(row.currentStakes);
        copy.participants.addAll(row.participants);
        return copy;
    }

    private VentureService service(Callers caller) {
        return new VentureService(rows, null, new ReadScope(caller), null);
    }

    private static List<String> ids(PartnerVentures entry) {
        return entry.ventures().stream().map(Venture::id).toList();
    }

    private static Callers viewer() {
        return caller(null, Roles.VIEWER);
    }

    private static Callers partnerUser(UUID partner) {
        return caller(partner, Roles.PARTNER);
    }

    private static Callers caller(UUID partner, String role) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("user");
        if (partner != null) {
            claims.setClaim(Roles.PARTNER_ID_CLAIM, partner.toString());
        }
        return new Callers(QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal("token", claims))
                .addRoles(Set.of(role)).build());
    }

    /** A venture owned by {@code owner} (and {@code coOwner} half-half), with {@code builder} in a role when given. */
    private static VentureEntity venture(String name, String id, UUID owner, UUID coOwner, UUID builder) {
        VentureEntity venture = new VentureEntity();
        venture.id = UUID.fromString(id);
        venture.name = name;
        venture.jurisdiction = "NO";
        venture.status = VentureStatus.ACTIVE;
        venture.version = 1;
        venture.ledgerVersion = 1;
        String share = coOwner == null ? "100.0000" : "50.0000";
        venture.currentStakes.add(new StakeEmbeddable(owner, new BigDecimal(share)));
        if (coOwner != null) {
            venture.currentStakes.add(new StakeEmbeddable(coOwner, new BigDecimal(share)));
        }
        if (builder != null) {
            venture.participants.add(new ParticipantEmbeddable(builder, builder.equals(OPENAI) ? ParticipantRole.OFFTAKER : ParticipantRole.BUILDER));
        }
        return venture;
    }
}
