package io.jvplatform.support.graphql;

import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTests {

    private static final String NSCALE = "3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01";

    @Test
    void aCanonicalUuidIsAnIdInEitherCase() {
        assertThat(Ids.parse("id", NSCALE)).isEqualTo(UUID.fromString(NSCALE));
        assertThat(Ids.parse("id", NSCALE.toUpperCase())).isEqualTo(UUID.fromString(NSCALE));
    }

    @Test
    void theShortFormsUuidFromStringAcceptsAreRefusedWithTheField() {
        assertThatThrownBy(() -> Ids.parse("input.partnerId", "1-2-3-4-5"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("input.partnerId")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("input.partnerId");
    }

    @Test
    void aMissingIdIsRequired() {
        assertThatThrownBy(() -> Ids.parse("ventureId", null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ventureId is required");
    }

    @Test
    void aHugeBadValueIsEchoedShortened() {
        String huge = "x".repeat(10_000);

        assertThatThrownBy(() -> Ids.parse("id", huge))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100).endsWith("..."));
    }

    @Test
    void aListReportsTheIndexOfTheBadId() {
        assertThatThrownBy(() -> Ids.parseAll("ids", List.of(NSCALE, "nope")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("ids[1]");
        assertThat(Ids.parseAll("ids", List.of(NSCALE))).containsExactly(UUID.fromString(NSCALE));
    }
}
