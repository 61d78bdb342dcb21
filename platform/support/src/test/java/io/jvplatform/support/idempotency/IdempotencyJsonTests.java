package io.jvplatform.support.idempotency;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What makes two requests "the same" for an Idempotency-Key, and what an answer is stored as. */
class IdempotencyJsonTests {

    record VentureInput(String name, String jurisdiction, LocalDate announcedDate, List<String> tags) {
    }

    record Answer(String id, String name, int version, BigDecimal capacityMw) {
    }

    private static final VentureInput NORWAY = new VentureInput("Stargate Norway", "NO", LocalDate.of(2025, 7, 31), List.of("ai"));

    @Test
    void theSameInputGivesTheSameFingerprint() {
        assertThat(IdempotencyJson.fingerprint("createVenture", NORWAY))
                .isEqualTo(IdempotencyJson.fingerprint("createVenture", new VentureInput("Stargate Norway", "NO",
                        LocalDate.of(2025, 7, 31), List.of("ai"))))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void theOrderAClientWroteAMapsEntriesInDoesNotMatter() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", "Aker");
        one.put("country", "NO");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("country", "NO");
        other.put("name", "Aker");

        assertThat(IdempotencyJson.fingerprint("createPartner", one)).isEqualTo(IdempotencyJson.fingerprint("createPartner", other));
    }

    @Test
    void anotherValueAnywhereIsAnotherRequest() {
        String fingerprint = IdempotencyJson.fingerprint("createVenture", NORWAY);

        assertThat(IdempotencyJson.fingerprint("createVenture", new VentureInput("Stargate Finland", "NO", NORWAY.announcedDate(), NORWAY.tags())))
                .isNotEqualTo(fingerprint);
        assertThat(IdempotencyJson.fingerprint("createVenture", new VentureInput(NORWAY.name(), "NO", NORWAY.announcedDate().plusDays(1), NORWAY.tags())))
                .isNotEqualTo(fingerprint);
        assertThat(IdempotencyJson.fingerprint("createVenture", new VentureInput(NORWAY.name(), "NO", NORWAY.announcedDate(), List.of("ai", "hpc"))))
                .isNotEqualTo(fingerprint);
    }

    @Test
    void theSameInputForAnotherOperationIsAnotherRequest() {
        assertThat(IdempotencyJson.fingerprint("createVenture", NORWAY)).isNotEqualTo(IdempotencyJson.fingerprint("updateVenture", NORWAY));
    }

    @Test
    void theOperationAndTheInputCannotBleedIntoEachOther() {
        // "a" + "\nb..." must not equal "a\nb" + "...": the separator is not part of any JSON text start
        assertThat(IdempotencyJson.fingerprint("a", List.of("b"))).isNotEqualTo(IdempotencyJson.fingerprint("a\n", List.of("b")));
    }

    @Test
    void anAnswerReadsBackAsItWasWrittenWithItsExactDecimals() {
        Answer answer = new Answer("v1", "Stargate Norway", 3, new BigDecimal("230.000"));

        String stored = IdempotencyJson.write(answer);

        assertThat(IdempotencyJson.read(stored, Answer.class)).isEqualTo(answer);
        assertThat(stored).isEqualTo("{\"capacityMw\":230.000,\"id\":\"v1\",\"name\":\"Stargate Norway\",\"version\":3}");
    }

    @Test
    void datesAreStoredAsIsoTextNotTimestamps() {
        assertThat(IdempotencyJson.write(NORWAY)).contains("\"announcedDate\":\"2025-07-31\"");
        assertThat(IdempotencyJson.read(IdempotencyJson.write(NORWAY), VentureInput.class)).isEqualTo(NORWAY);
    }

    @Test
    void aStoredAnswerWithFieldsAnOlderTypeLacksStillReads() {
        Answer read = IdempotencyJson.read("{\"id\":\"v1\",\"name\":\"N\",\"version\":1,\"capacityMw\":1,\"added\":true}", Answer.class);

        assertThat(read.id()).isEqualTo("v1");
    }

    @Test
    void aStoredAnswerThatIsNotJsonIsAFaultOfOursNamingTheType() {
        assertThatThrownBy(() -> IdempotencyJson.read("not json", Answer.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Answer.class.getName());
    }

    record Nested(Map<String, Object> site, List<Map<String, Object>> stakes) {
    }

    @Test
    void nestedMapsAreSortedTooButListsKeepTheirOrder() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("region", "Nordland");
        site.put("name", "Narvik");
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("name", "Narvik");
        reordered.put("region", "Nordland");

        assertThat(IdempotencyJson.fingerprint("createVenture", new Nested(site, List.of())))
                .isEqualTo(IdempotencyJson.fingerprint("createVenture", new Nested(reordered, List.of())));
        assertThat(IdempotencyJson.fingerprint("setOwnership", List.of("a", "b")))
                .isNotEqualTo(IdempotencyJson.fingerprint("setOwnership", List.of("b", "a")));
    }

    @Test
    void theFingerprintIsTheSha256OfTheOperationALineBreakAndTheCanonicalJson() throws Exception {
        java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
        String expected = java.util.HexFormat.of().formatHex(sha256.digest(
                "createPartner\n{\"country\":\"NO\",\"name\":\"Aker\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(IdempotencyJson.fingerprint("createPartner", Map.of("name", "Aker", "country", "NO"))).isEqualTo(expected);
    }

    @Test
    void noInputIsAnInputToo() {
        assertThat(IdempotencyJson.fingerprint("archiveAll", null)).hasSize(64)
                .isNotEqualTo(IdempotencyJson.fingerprint("archiveAll", Map.of()));
    }

    @Test
    void aDecimalWrittenWithAnotherScaleIsAnotherRequest() {
        // the scale is part of what the client sent ("50.0000" vs "50"): the store compares what it was sent
        assertThat(IdempotencyJson.fingerprint("setOwnership", new BigDecimal("50.0000")))
                .isNotEqualTo(IdempotencyJson.fingerprint("setOwnership", new BigDecimal("50")));
    }

    @Test
    void anAnswerWrittenFromAMapIsSortedLikeAnInput() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("z", 1);
        answer.put("a", List.of(2, 1));

        assertThat(IdempotencyJson.write(answer)).isEqualTo("{\"a\":[2,1],\"z\":1}");
    }

    @Test
    void aStoredAnswerThatLacksAFieldReadsItAsAbsent() {
        assertThat(IdempotencyJson.read("{\"id\":\"v1\",\"version\":2}", Answer.class))
                .isEqualTo(new Answer("v1", null, 2, null));
    }

    /** Jackson finds no property to write: neither an input nor an answer can be such a thing. */
    static final class Opaque {
    }

    @Test
    void anInputThatCannotBeWrittenAsJsonIsAFaultOfOursNamingTheOperation() {
        assertThatThrownBy(() -> IdempotencyJson.fingerprint("createVenture", new Opaque()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot fingerprint the input of createVenture");
    }

    @Test
    void anAnswerThatCannotBeWrittenAsJsonIsAFaultOfOursNamingItsType() {
        assertThatThrownBy(() -> IdempotencyJson.write(new Opaque()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot store an answer of type " + Opaque.class.getName());
    }
}
