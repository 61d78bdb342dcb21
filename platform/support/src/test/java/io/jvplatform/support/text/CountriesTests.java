package io.jvplatform.support.text;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one country rule of both services: ISO 3166-1 alpha-2, upper-case, as the JDK knows the codes. */
class CountriesTests {

    @ParameterizedTest
    @ValueSource(strings = {"NO", "US", "DE", "FI", "GB", "AE", "SE"})
    void anIsoAlpha2CodeIsACountry(String code) {
        assertThat(Countries.isAlpha2(code)).isTrue();
        assertThat(Countries.required(code, "input.jurisdiction")).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "NOR", "XX", "UK", "", " NO", "N0", "Norway"})
    void anythingElseIsNotACountryAndIsRefusedOnItsField(String code) {
        assertThat(Countries.isAlpha2(code)).isFalse();
        assertThatThrownBy(() -> Countries.required(code, "input.jurisdiction"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("input.jurisdiction must be an ISO 3166-1 alpha-2 country code (e.g. NO), not '" + code + "'")
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.jurisdiction");
    }

    @Test
    void aMissingRequiredCountryIsRefused() {
        assertThat(Countries.isAlpha2(null)).isFalse();
        assertThatThrownBy(() -> Countries.required(null, "input.country"))
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.country");
    }

    @Test
    void anOptionalCountryMayBeAbsentOrBlankButNotWrong() {
        assertThat(Countries.optional(null, "input.site.country")).isNull();
        assertThat(Countries.optional("  ", "input.site.country")).isNull();
        assertThat(Countries.optional("NO", "input.site.country")).isEqualTo("NO");
        assertThatThrownBy(() -> Countries.optional("Norway", "input.site.country"))
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.site.country");
    }

    @Test
    void everyCodeTheJdkKnowsIsAccepted() {
        assertThat(Locale.getISOCountries()).hasSizeGreaterThan(240).allSatisfy(code -> assertThat(Countries.isAlpha2(code)).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "   "})
    void aBlankOptionalCountryIsAbsent(String blank) {
        assertThat(Countries.optional(blank, "input.country")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EU", "UN", "ZZ", "QQ", "Gb", "nO", "N O"})
    void groupingsReservedCodesAndMixedCaseAreNoCountry(String code) {
        assertThat(Countries.isAlpha2(code)).isFalse();
        assertThatThrownBy(() -> Countries.optional(code, "input.country")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aMissingRequiredCountrySaysWhatItGot() {
        assertThatThrownBy(() -> Countries.required(null, "input.country"))
                .hasMessage("input.country must be an ISO 3166-1 alpha-2 country code (e.g. NO), not 'null'");
    }
}
