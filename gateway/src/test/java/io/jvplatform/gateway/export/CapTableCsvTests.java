package io.jvplatform.gateway.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapTableCsvTests {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Stargate Norway|Stargate Norway",
            "Nscale, Ltd|\"Nscale, Ltd\"",
            "the \"big\" one|\"the \"\"big\"\" one\"",
            "=HYPERLINK(1)|\"'=HYPERLINK(1)\"",
            "-12.5000|-12.5000",
            "@sum|\"'@sum\"",
    })
    void fieldsAreQuotedAsRfc4180SaysAndFormulasAreDefused(String field, String written) {
        assertThat(CapTableCsv.quoted(field)).isEqualTo(written);
    }
}
