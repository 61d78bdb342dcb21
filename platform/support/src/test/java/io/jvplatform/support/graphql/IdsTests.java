package io.jvplatform.support.graphql;

import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
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
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "not-a-uuid", "3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a0", "3f6c2a9e6b1d4c579a0e5d2f7b8c1a01",
            "{3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01}", " 3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01", "3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01x",
            "0-0-0-0-0", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"})
    void onlyTheCanonicalFormIsAnId(String id) {
        assertThatThrownBy(() -> Ids.parse("input.partnerId", id))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("input.partnerId is not an id (a UUID): ")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("input.partnerId");
    }

    @Test
    void aLongBadValueIsEchoedAbbreviated() {
        String payload = "x".repeat(10_000);

        assertThatThrownBy(() -> Ids.parse("id", payload))
                .hasMessage("id is not an id (a UUID): " + "x".repeat(40) + "...");
    }

    @Test
    void aListOfIdsIsParsedInOrder() {
        String other = "00000000-0000-0000-0000-00000000000b";

        assertThat(Ids.parseAll("ids", List.of(NSCALE, other))).containsExactly(UUID.fromString(NSCALE), UUID.fromString(other));
        assertThat(Ids.parseAll("ids", List.of())).isEmpty();
    }

    @Test
    void theFirstBadIdOfAListIsNamedByItsIndex() {
        assertThatThrownBy(() -> Ids.parseAll("ids", Arrays.asList(NSCALE, NSCALE, "bad", null)))
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("ids[2]");
        assertThatThrownBy(() -> Ids.parseAll("ids", Arrays.asList(NSCALE, null)))
                .hasMessage("ids[1] is required");
    }

    @Test
    void theNilUuidAndMixedCaseAreCanonicalToo() {
        assertThat(Ids.parse("id", "00000000-0000-0000-0000-000000000000")).isEqualTo(new UUID(0, 0));
        assertThat(Ids.parse("id", "3F6C2A9E-6b1d-4C57-9a0e-5D2F7B8C1A01")).isEqualTo(UUID.fromString(NSCALE));
    }

    @Test
    void aValueOfFortyCharactersIsEchoedWhole() {
        String forty = "y".repeat(40);

        assertThatThrownBy(() -> Ids.parse("id", forty)).hasMessage("id is not an id (a UUID): " + forty);
        assertThatThrownBy(() -> Ids.parse("id", forty + "z")).hasMessage("id is not an id (a UUID): " + forty + "...");
    }

    @Test
    void theListsFieldIsThePrefixOfEachElementsPath() {
        assertThatThrownBy(() -> Ids.parseAll("input.partnerIds", List.of("bad")))
                .hasMessage("input.partnerIds[0] is not an id (a UUID): bad")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("input.partnerIds[0]");
    }
}
