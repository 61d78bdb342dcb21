package io.jvplatform.partners.domain;

import io.jvplatform.partners.api.PartnerInput;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner's input rules, each refusal with its field; several broken rules report the first field alphabetically. */
class PartnerRulesTests {

    private static final PartnerInput NSCALE = new PartnerInput("Nscale", "Nscale Ltd", Lei.withCheckDigits("213800ABCDEFGHIJKL"), "gb",
            PartnerKind.INFRASTRUCTURE_PROVIDER, "https://www.nscale.com", "Builds and operates\nAI data centres");

    @Test
    void aGoodInputPassesNormalised() {
        PartnerInput checked = PartnerRules.checked(NSCALE.normalized());

        assertThat(checked.country()).isEqualTo("GB");
        assertThat(checked.description()).contains("\n");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("a blank name", with(" ", null, null, "NO", null), "input.name"),
                Arguments.of("a name of 201 characters", with("n".repeat(201), null, null, "NO", null), "input.name"),
                Arguments.of("a line break in the name", with("Ns\ncale", null, null, "NO", null), "input.name"),
                Arguments.of("a legal name of 301 characters", with("N", "l".repeat(301), null, "NO", null), "input.legalName"),
                Arguments.of("an LEI of 19 characters", with("N", null, "5493001KJTIIGC8Y1R1", "NO", null), "input.lei"),
                Arguments.of("an LEI with bad check digits", with("N", null, "5493001KJTIIGC8Y1R13", "NO", null), "input.lei"),
                Arguments.of("no country", with("N", null, null, null, null), "input.country"),
                Arguments.of("a country that is not ISO", with("N", null, null, "Norway", null), "input.country"),
                Arguments.of("a website that is not http", with("N", null, null, "NO", "ftp://nscale.com"), "input.website"),
                Arguments.of("a website with a space", with("N", null, null, "NO", "https://nscale .com"), "input.website"),
                Arguments.of("a NUL in the description", new PartnerInput("N", null, null, "NO", PartnerKind.OTHER, null, "a\u0000b"), "input.description"),
                Arguments.of("no kind", new PartnerInput("N", null, null, "NO", null, null, null), "input.kind"),
                Arguments.of("name and country broken: country first", with(" ", null, null, "XX", null), "input.country"),
                Arguments.of("legal name and LEI broken: legalName first", with("N", "l".repeat(301), "X", "NO", null), "input.legalName"),
                Arguments.of("LEI and name broken: lei first", with(" ", null, "X", "NO", null), "input.lei"));
    }

    @ParameterizedTest(name = "{0} is refused on {2}")
    @MethodSource("badInputs")
    void aBrokenRuleIsRefusedOnItsField(String rule, PartnerInput input, String field) {
        assertThatThrownBy(() -> PartnerRules.checked(input.normalized()))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(field + " ")
                .extracting(e -> ((ApiException) e).field()).isEqualTo(field);
    }

    @Test
    void anLeiProblemSaysWhichPartIsWrong() {
        assertThatThrownBy(() -> PartnerRules.checked(with("N", null, "5493001KJTIIGC8Y1R13", "NO", null).normalized()))
                .hasMessage("input.lei has invalid check digits (ISO 7064 MOD 97-10)");
    }

    private static PartnerInput with(String name, String legalName, String lei, String country, String website) {
        return new PartnerInput(name, legalName, lei, country, PartnerKind.AI_LAB, website, null);
    }
}
