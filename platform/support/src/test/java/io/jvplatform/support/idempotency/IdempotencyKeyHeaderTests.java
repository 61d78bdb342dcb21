package io.jvplatform.support.idempotency;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's name and the room a key has, against the table that stores it: a key the header
 * accepts must fit its column, and a fingerprint its own. (Reading the header itself needs the
 * current Vert.x request of a running Quarkus; the services' tests send it.)
 */
class IdempotencyKeyHeaderTests {

    private static String migration;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = IdempotencyKeyHeaderTests.class.getResourceAsStream("/db/idempotency/R__jv_idempotency_key.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theHeaderIsTheOneClientsKnowFromStripeAndTheIetfDraft() {
        assertThat(IdempotencyKeyHeader.NAME).isEqualTo("Idempotency-Key");
    }

    @Test
    void theLongestKeyTheHeaderAcceptsFitsItsColumn() {
        assertThat(IdempotencyKeyHeader.MAX_LENGTH).isEqualTo(255).isEqualTo(width("idempotency_key"));
    }

    @Test
    void aFingerprintFitsItsColumnExactly() {
        assertThat(IdempotencyJson.fingerprint("createPartner", "x")).hasSize(width("request_hash"));
    }

    @Test
    void theLongestOperationNameOfOursFitsItsColumn() {
        assertThat(width("operation")).isGreaterThanOrEqualTo("setOwnershipApprovalRequired".length());
    }

    private static int width(String column) {
        Matcher match = Pattern.compile("\\b" + column + "\\s+varchar\\((\\d+)\\)").matcher(migration);
        assertThat(match.find()).as(column + " in the migration").isTrue();
        return Integer.parseInt(match.group(1));
    }
}
