package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.ParticipantRole;
import io.jvplatform.ventures.domain.VentureStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One row of the venture SELECT, children aggregated as JSON, read back into a detached entity with exact decimals. */
class VentureRowsTests {

    private static final UUID VENTURE = UUID.fromString("5e1f0000-0000-0000-0000-000000000001");
    private static final String NSCALE = "00000000-0000-0000-0000-00000000000a";
    private static final String AKER = "00000000-0000-0000-0000-00000000000b";

    @Test
    void aRowWithItsChildrenIsOneVenture() {
        Object[] row = row(
                "[[\"Nscale press release\", \"https://www.nscale.com/press\", \"2025-07-31\"], [\"Aker\", null, null]]",
                "[[\"" + NSCALE + "\", \"BUILDER\"], [\"" + AKER + "\", \"OPERATOR\"]]",
                "[[\"" + NSCALE + "\", \"50.0000\"], [\"" + AKER + "\", \"50.0000\"]]");

        VentureEntity venture = VentureRows.venture(row);

        assertThat(venture.id).isEqualTo(VENTURE);
        assertThat(venture.name).isEqualTo("Stargate Norway");
        assertThat(venture.status).isEqualTo(VentureStatus.ACTIVE);
        assertThat(venture.announcedDate).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(venture.renewableShare).isEqualTo(new BigDecimal("100.0000"));
        assertThat(venture.version).isEqualTo(3);
        assertThat(venture.ledgerVersion).isEqualTo(2);
        assertThat(venture.ledgerEffectiveDate).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(venture.sources).containsExactly(
                new SourceEmbeddable("Nscale press release", "https://www.nscale.com/press", LocalDate.of(2025, 7, 31)),
                new SourceEmbeddable("Aker", null, null));
        assertThat(venture.participants).containsExactlyInAnyOrder(
                new ParticipantEmbeddable(UUID.fromString(NSCALE), ParticipantRole.BUILDER),
                new ParticipantEmbeddable(UUID.fromString(AKER), ParticipantRole.OPERATOR));
        assertThat(venture.currentStakes).extracting(StakeEmbeddable::percentage)
                .containsOnly(new BigDecimal("50.0000"));
        assertThat(VentureRows.matched(row)).isEqualTo(7);
    }

    @Test
    void aPercentageKeepsItsScaleBecauseItTravelsAsText() {
        VentureEntity venture = VentureRows.venture(row(null, null, "[[\"" + NSCALE + "\", \"33.3300\"]]"));

        assertThat(venture.currentStakes).singleElement()
                .satisfies(stake -> assertThat(stake.percentage()).isEqualTo(new BigDecimal("33.3300")).extracting(BigDecimal::scale).isEqualTo(4));
    }

    @Test
    void aVentureWithoutChildrenHasEmptyCollectionsNotNulls() {
        VentureEntity venture = VentureRows.venture(row(null, null, null));

        assertThat(venture.sources).isEmpty();
        assertThat(venture.participants).isEmpty();
        assertThat(venture.currentStakes).isEmpty();
    }

    @Test
    void theChildCollectionsCanBeChangedAfterReading() {
        VentureEntity venture = VentureRows.venture(row(null, null, null));

        venture.sources.add(new SourceEmbeddable("t", null, null));

        assertThat(venture.sources).hasSize(1);
    }

    @Test
    void aDateColumnMayComeAsSqlDateOrAsLocalDate() {
        assertThat(JsonColumns.date((Object) Date.valueOf("2025-07-31"))).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(JsonColumns.date((Object) LocalDate.of(2025, 7, 31))).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(JsonColumns.date((Object) null)).isNull();
    }

    @Test
    void anUnreadableAggregateIsAFaultOfOurs() {
        assertThatThrownBy(() -> JsonColumns.list("[not json", node -> node))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void theScopeConditionBindsTheSameParameterForStakesAndRoles() {
        assertThat(VentureRows.involving("partners"))
                .contains("stake_holding h where h.partner_id in (:partners)")
                .contains("participant p where p.partner_id in (:partners)");
    }

    @Test
    void pagesAreOrderedByNameThenIdSoEqualNamesStillPageStably() {
        assertThat(VentureRows.ORDER).isEqualTo(" order by v.name, v.id");
    }

    private static Object[] row(String sources, String participants, String holdings) {
        return new Object[] {VENTURE, "Stargate Norway", "Stargate Norway AS", "NO", "Kvandal", "Nordland", "NO", "Stargate",
                "ACTIVE", Date.valueOf("2025-07-31"), new BigDecimal("100.0000"), "hydro", "closed loop", "230 MW",
                3, 2, LocalDate.of(2026, 1, 15), sources, participants, holdings, 7L};
    }
}
