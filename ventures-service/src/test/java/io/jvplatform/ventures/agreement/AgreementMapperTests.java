package io.jvplatform.ventures.agreement;

import io.jvplatform.ventures.agreement.model.AgreementInput;
import io.jvplatform.ventures.agreement.model.AgreementPartyInput;
import io.jvplatform.ventures.agreement.model.CapacityAgreement;
import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.api.model.Source;
import io.jvplatform.ventures.persistence.SourceEmbeddable;
import io.jvplatform.ventures.support.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.jvplatform.ventures.agreement.AgreementRole.BUYER;
import static io.jvplatform.ventures.agreement.AgreementRole.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;

/** A capacity agreement's input rules (each refusal on its input path) and how a stored one reads. */
class AgreementMapperTests {

    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID MICROSOFT = UUID.fromString("f0000000-0000-0000-0000-00000000000d");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final AgreementInput NSCALE_FOR_OPENAI = new AgreementInput("Stargate UK capacity", "Stargate",
            AgreementStatus.SIGNED, new BigDecimal("50"), new Money(new BigDecimal("1000000000"), "USD"),
            LocalDate.of(2025, 9, 16), START, LocalDate.of(2030, 12, 31), "GPU capacity\nover five years",
            List.of(party(OPENAI, BUYER), party(NSCALE, PROVIDER)), List.of(new Source(" Nscale press ", null, null)));

    @Test
    void partiesAreKeyedByTheFieldThatNamesThemInInputOrder() {
        Map<String, AgreementPartyEmbeddable> parties = AgreementMapper.parties(
                List.of(party(NSCALE, PROVIDER), party(OPENAI, BUYER), party(MICROSOFT, BUYER)));

        assertThat(parties).containsExactly(
                Map.entry("input.parties[0].partnerId", new AgreementPartyEmbeddable(NSCALE, PROVIDER)),
                Map.entry("input.parties[1].partnerId", new AgreementPartyEmbeddable(OPENAI, BUYER)),
                Map.entry("input.parties[2].partnerId", new AgreementPartyEmbeddable(MICROSOFT, BUYER)));
    }

    @Test
    void twentyPartiesAreAllowed() {
        List<AgreementPartyInput> twenty = new ArrayList<>(List.of(party(OPENAI, BUYER)));
        while (twenty.size() < AgreementMapper.MAX_PARTIES) {
            twenty.add(party(UUID.randomUUID(), PROVIDER));
        }

        assertThat(AgreementMapper.parties(twenty)).hasSize(20);
    }

    static Stream<Arguments> badParties() {
        List<AgreementPartyInput> twentyOne = new ArrayList<>(List.of(party(OPENAI, BUYER)));
        while (twentyOne.size() <= AgreementMapper.MAX_PARTIES) {
            twentyOne.add(party(UUID.randomUUID(), PROVIDER));
        }
        return Stream.of(
                Arguments.of("no parties", List.of(), "input.parties"),
                Arguments.of("a buyer alone", List.of(party(OPENAI, BUYER)), "input.parties"),
                Arguments.of("two providers", List.of(party(OPENAI, PROVIDER), party(NSCALE, PROVIDER)), "input.parties"),
                Arguments.of("21 parties", twentyOne, "input.parties"),
                Arguments.of("a partner twice, once per side", List.of(party(OPENAI, BUYER), party(OPENAI, PROVIDER)),
                        "input.parties[1].partnerId"),
                Arguments.of("an id that is not a UUID", List.of(party(OPENAI, BUYER), new AgreementPartyInput("nscale", PROVIDER)),
                        "input.parties[1].partnerId"),
                Arguments.of("a shortened UUID", List.of(new AgreementPartyInput("1-2-3-4-5", BUYER), party(NSCALE, PROVIDER)),
                        "input.parties[0].partnerId"),
                Arguments.of("no partner id", List.of(party(OPENAI, BUYER), new AgreementPartyInput(null, PROVIDER)),
                        "input.parties[1].partnerId"));
    }

    @ParameterizedTest(name = "{0} is refused on {2}")
    @MethodSource("badParties")
    void badPartiesAreRefusedOnTheirPath(String rule, List<AgreementPartyInput> parties, String field) {
        assertThat(Refusal.of(() -> AgreementMapper.parties(parties))).isEqualTo(Refusal.validation(field));
    }

    @Test
    void checkedInputIsCopiedOntoTheEntityTrimmedAndAtFixedScale() {
        CapacityAgreementEntity agreement = new CapacityAgreementEntity();

        AgreementMapper.apply(NSCALE_FOR_OPENAI, agreement);

        assertThat(agreement.name).isEqualTo("Stargate UK capacity");
        assertThat(agreement.program).isEqualTo("Stargate");
        assertThat(agreement.status).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.capacityMw).isEqualTo(new BigDecimal("50.000"));
        assertThat(agreement.valueAmount).isEqualTo(new BigDecimal("1000000000.00"));
        assertThat(agreement.valueCurrency).isEqualTo("USD");
        assertThat(agreement.startDate).isEqualTo(START);
        assertThat(agreement.description).isEqualTo("GPU capacity\nover five years");
        assertThat(agreement.sources).containsExactly(new SourceEmbeddable("Nscale press", null, null));
    }

    @Test
    void anAgreementWithoutValueCapacityOrDatesHasNone() {
        CapacityAgreementEntity agreement = new CapacityAgreementEntity();
        agreement.valueAmount = new BigDecimal("5.00");
        agreement.valueCurrency = "EUR";

        AgreementMapper.apply(with(input -> new AgreementInput(input.name(), null, AgreementStatus.ANNOUNCED, null, null, null,
                null, null, null, input.parties(), null)), agreement);

        assertThat(agreement.valueAmount).isNull();
        assertThat(agreement.valueCurrency).isNull();
        assertThat(agreement.capacityMw).isNull();
        assertThat(agreement.program).isNull();
        assertThat(agreement.sources).isEmpty();
    }

    @Test
    void anAgreementMayStartAndEndOnTheSameDay() {
        CapacityAgreementEntity agreement = new CapacityAgreementEntity();

        AgreementMapper.apply(with(input -> dated(input, START, START)), agreement);

        assertThat(agreement.endDate).isEqualTo(START);
    }

    static Stream<Arguments> badAgreements() {
        return Stream.of(
                Arguments.of("a blank name", (UnaryOperator<AgreementInput>) input -> named(input, "  "), "input.name"),
                Arguments.of("a name of 201 characters", (UnaryOperator<AgreementInput>) input -> named(input, "n".repeat(201)), "input.name"),
                Arguments.of("a tab in the name", (UnaryOperator<AgreementInput>) input -> named(input, "Stargate\tUK"), "input.name"),
                Arguments.of("a program of 101 characters", (UnaryOperator<AgreementInput>) input -> new AgreementInput(input.name(),
                        "p".repeat(101), input.status(), null, null, null, null, null, null, input.parties(), null), "input.program"),
                Arguments.of("negative capacity", (UnaryOperator<AgreementInput>) input -> new AgreementInput(input.name(), null,
                        input.status(), new BigDecimal("-0.001"), null, null, null, null, null, input.parties(), null), "input.capacityMw"),
                Arguments.of("capacity below a kilowatt", (UnaryOperator<AgreementInput>) input -> new AgreementInput(input.name(), null,
                        input.status(), new BigDecimal("0.0005"), null, null, null, null, null, input.parties(), null), "input.capacityMw"),
                Arguments.of("a value of zero", (UnaryOperator<AgreementInput>) input -> valued(input, new Money(BigDecimal.ZERO, "USD")),
                        "input.value.amount"),
                Arguments.of("a value with tenths of a cent", (UnaryOperator<AgreementInput>) input ->
                        valued(input, new Money(new BigDecimal("1.001"), "USD")), "input.value.amount"),
                Arguments.of("a currency without minor unit", (UnaryOperator<AgreementInput>) input ->
                        valued(input, new Money(BigDecimal.TEN, "XXX")), "input.value.currency"),
                Arguments.of("a lower-case currency", (UnaryOperator<AgreementInput>) input ->
                        valued(input, new Money(BigDecimal.TEN, "usd")), "input.value.currency"),
                Arguments.of("an end before the start", (UnaryOperator<AgreementInput>) input ->
                        dated(input, START, START.minusDays(1)), "input.endDate"),
                Arguments.of("a NUL in the description", (UnaryOperator<AgreementInput>) input -> new AgreementInput(input.name(), null,
                        input.status(), null, null, null, null, null, "a\u0000b", input.parties(), null), "input.description"),
                Arguments.of("a source that is not a web URL", (UnaryOperator<AgreementInput>) input -> new AgreementInput(input.name(),
                        null, input.status(), null, null, null, null, null, null, input.parties(),
                        List.of(new Source("ok", null, null), new Source("t", "mailto:x@y.z", null))), "input.sources[1].url"));
    }

    @ParameterizedTest(name = "{0} is refused on {2}")
    @MethodSource("badAgreements")
    void badInputIsRefusedOnItsFieldAndTheStoredSourcesStay(String rule, UnaryOperator<AgreementInput> change, String field) {
        CapacityAgreementEntity agreement = new CapacityAgreementEntity();
        agreement.sources.add(new SourceEmbeddable("kept", null, null));

        assertThat(Refusal.of(() -> AgreementMapper.apply(with(change), agreement))).isEqualTo(Refusal.validation(field));
        assertThat(agreement.sources).containsExactly(new SourceEmbeddable("kept", null, null));
    }

    @Test
    void partiesReadBuyersFirstThenByIdAsClientsSeeIt() {
        CapacityAgreementEntity agreement = stored();
        agreement.parties.add(new AgreementPartyEmbeddable(MICROSOFT, PROVIDER));
        agreement.parties.add(new AgreementPartyEmbeddable(NSCALE, PROVIDER));
        agreement.parties.add(new AgreementPartyEmbeddable(OPENAI, BUYER));

        CapacityAgreement api = AgreementMapper.toApi(agreement);

        assertThat(api.parties()).extracting(party -> party.role() + " " + party.partner().id())
                .containsExactly("BUYER " + OPENAI, "PROVIDER " + NSCALE, "PROVIDER " + MICROSOFT);
    }

    @Test
    void aStoredAgreementReadsWithItsValueSourcesAndVersion() {
        CapacityAgreementEntity agreement = stored();

        CapacityAgreement api = AgreementMapper.toApi(agreement);

        assertThat(api.id()).isEqualTo(agreement.id.toString());
        assertThat(api.value()).isEqualTo(new Money(new BigDecimal("1000000000.00"), "USD"));
        assertThat(api.capacityMw()).isEqualTo(new BigDecimal("50.000"));
        assertThat(api.sources()).containsExactly(new Source("Nscale press", null, null));
        assertThat(api.version()).isEqualTo(3);
    }

    @Test
    void anAgreementWithoutValueReadsWithNone() {
        CapacityAgreementEntity agreement = stored();
        agreement.valueAmount = null;
        agreement.valueCurrency = null;

        assertThat(AgreementMapper.toApi(agreement).value()).isNull();
    }

    @Test
    void thePartyIdsAreEveryPartnerOnce() {
        CapacityAgreementEntity agreement = stored();
        agreement.parties.add(new AgreementPartyEmbeddable(OPENAI, BUYER));
        agreement.parties.add(new AgreementPartyEmbeddable(NSCALE, PROVIDER));

        assertThat(AgreementMapper.partyIds(agreement)).containsExactlyInAnyOrder(OPENAI, NSCALE);
        assertThat(AgreementMapper.partyIds(new CapacityAgreementEntity())).isEmpty();
    }

    private static CapacityAgreementEntity stored() {
        CapacityAgreementEntity agreement = new CapacityAgreementEntity();
        agreement.id = UUID.randomUUID();
        AgreementMapper.apply(NSCALE_FOR_OPENAI, agreement);
        agreement.version = 3;
        return agreement;
    }

    private static AgreementInput with(UnaryOperator<AgreementInput> change) {
        return change.apply(NSCALE_FOR_OPENAI);
    }

    private static AgreementInput named(AgreementInput input, String name) {
        return new AgreementInput(name, input.program(), input.status(), input.capacityMw(), input.value(), input.announcedDate(),
                input.startDate(), input.endDate(), input.description(), input.parties(), input.sources());
    }

    private static AgreementInput valued(AgreementInput input, Money value) {
        return new AgreementInput(input.name(), input.program(), input.status(), input.capacityMw(), value, input.announcedDate(),
                input.startDate(), input.endDate(), input.description(), input.parties(), input.sources());
    }

    private static AgreementInput dated(AgreementInput input, LocalDate start, LocalDate end) {
        return new AgreementInput(input.name(), input.program(), input.status(), input.capacityMw(), input.value(), input.announcedDate(),
                start, end, input.description(), input.parties(), input.sources());
    }

    private static AgreementPartyInput party(UUID partner, AgreementRole role) {
        return new AgreementPartyInput(partner.toString(), role);
    }
}
