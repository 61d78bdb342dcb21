package io.jvplatform.partners.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LeiTests {

    /** LEIs as published in the GLEIF register. */
    private static final String REAL_LEI = "529900T8BM49AURSDO55";

    @ParameterizedTest
    @ValueSource(strings = {REAL_LEI, "HWUPKR0MPOU8FGXBT394", "INR2EJN1ERAN0W5ZP974", "7LTWFZYICNSX8D621K86",
            "5493006MHB84DD0ZWV18"})
    void realLeisAreValid(String lei) {
        assertThat(Lei.isValid(lei)).isTrue();
        assertThat(Lei.problem(lei)).isEmpty();
    }

    /**
     * MOD 97-10 catches every change of one digit for another digit or of one letter for another
     * letter (a letter swapped for a digit changes the length of the number and may slip through).
     */
    @Test
    void everySingleDigitOrLetterSubstitutionIsCaught() {
        List<String> corrupted = new ArrayList<>();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int position = 0; position < REAL_LEI.length(); position++) {
            for (char replacement : alphabet.toCharArray()) {
                char original = REAL_LEI.charAt(position);
                if (replacement != original && Character.isDigit(replacement) == Character.isDigit(original)) {
                    corrupted.add(REAL_LEI.substring(0, position) + replacement + REAL_LEI.substring(position + 1));
                }
            }
        }

        assertThat(corrupted).hasSizeGreaterThan(300).noneMatch(Lei::isValid);
    }

    @Test
    void swappedNeighboursAreCaught() {
        for (int position = 0; position < REAL_LEI.length() - 1; position++) {
            char[] chars = REAL_LEI.toCharArray();
            if (chars[position] == chars[position + 1]) {
                continue;
            }
            char kept = chars[position];
            chars[position] = chars[position + 1];
            chars[position + 1] = kept;

            assertThat(Lei.isValid(new String(chars))).as("swap at %d", position).isFalse();
        }
    }

    @Test
    void wrongCheckDigitsAreNamedAsSuch() {
        assertThat(Lei.problem("529900T8BM49AURSDO56")).hasValueSatisfying(problem -> assertThat(problem).contains("check digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "529900T8BM49AURSDO5", "529900T8BM49AURSDO555", "529900T8BM49AURSDO55 "})
    void wrongLengthIsInvalid(String lei) {
        assertThat(Lei.problem(lei)).hasValueSatisfying(problem -> assertThat(problem).contains("20 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"529900t8bm49aursdo55", "529900T8BM49AURSD-55", "529900T8BM49AURSDOAB"})
    void onlyUpperCaseLettersAndDigitsWithNumericCheckDigits(String lei) {
        assertThat(Lei.isValid(lei)).isFalse();
    }

    @Test
    void nullIsInvalid() {
        assertThat(Lei.isValid(null)).isFalse();
    }

    @Test
    void checkDigitsCanBeComputedForAPrefix() {
        assertThat(Lei.withCheckDigits(REAL_LEI.substring(0, 18))).isEqualTo(REAL_LEI);
        assertThat(Lei.withCheckDigits("5299000000000000AB")).satisfies(lei -> assertThat(Lei.isValid(lei)).isTrue());
        assertThatIllegalArgumentException().isThrownBy(() -> Lei.withCheckDigits("TOO-SHORT"));
    }
}
