package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.agreement.AgreementStatus;
import io.jvplatform.ventures.agreement.model.CapacityAgreement;
import io.jvplatform.ventures.domain.VentureStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ventures and agreements are the keys of every batched field (java-dataloader hashes each row three
 * times per field): their hash is their id's, whatever the size of the tree they carry, and equal
 * rows still hash alike.
 */
class BatchKeyHashTests {

    private static final List<Source> MANY_SOURCES = Collections.nCopies(10_000, new Source("a source", null, LocalDate.EPOCH));

    @Test
    void aVenturesHashIsItsIdsWhateverItCarries() {
        Venture bare = venture("v-1", List.of());
        Venture heavy = venture("v-1", MANY_SOURCES);

        assertThat(bare.hashCode()).isEqualTo(heavy.hashCode()).isEqualTo("v-1".hashCode());
        assertThat(bare).as("still different rows").isNotEqualTo(heavy);
        assertThat(venture("v-2", List.of()).hashCode()).isNotEqualTo(bare.hashCode());
    }

    @Test
    void equalVenturesHashAlike() {
        assertThat(venture("v-1", MANY_SOURCES)).isEqualTo(venture("v-1", MANY_SOURCES))
                .hasSameHashCodeAs(venture("v-1", MANY_SOURCES));
    }

    @Test
    void anAgreementsHashIsItsIdsWhateverItCarries() {
        CapacityAgreement bare = agreement("a-1", List.of());
        CapacityAgreement heavy = agreement("a-1", MANY_SOURCES);

        assertThat(bare.hashCode()).isEqualTo(heavy.hashCode()).isEqualTo("a-1".hashCode());
        assertThat(bare).isNotEqualTo(heavy);
        assertThat(agreement("a-1", MANY_SOURCES)).isEqualTo(heavy).hasSameHashCodeAs(heavy);
    }

    private static Venture venture(String id, List<Source> sources) {
        return new Venture(id, "Stargate Norway", null, "NO", null, "Stargate", VentureStatus.values()[0], null,
                null, null, null, 1, 0, sources, List.of(), null);
    }

    private static CapacityAgreement agreement(String id, List<Source> sources) {
        return new CapacityAgreement(id, "Compute for a lab", null, AgreementStatus.values()[0], null, null,
                null, null, null, null, List.of(), sources, 1);
    }
}
