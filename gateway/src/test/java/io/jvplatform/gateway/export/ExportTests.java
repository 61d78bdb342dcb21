package io.jvplatform.gateway.export;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Users;
import io.jvplatform.gateway.support.Ventures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The export of a venture's cap table and ledger (OCF-style JSON, CSV) is the same cap table the
 * GraphQL API shows: replaying the export's transactions up to a date gives {@code ownership(asOf:)}
 * on that date; the CSV says the same. Refusals carry the API's codes and a matching HTTP status.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SET = """
            mutation Set($ventureId: ID!, $input: SetOwnershipInput!) { setOwnership(ventureId: $ventureId, input: $input) { ledgerVersion } }
            """;
    private static final String TRANSFER = """
            mutation Transfer($ventureId: ID!, $input: TransferStakeInput!) { transferStake(ventureId: $ventureId, input: $input) { ledgerVersion } }
            """;
    private static final String OWNERSHIP = """
            query Ownership($id: ID!, $asOf: Date) { venture(id: $id) { ownership(asOf: $asOf) { stakes { partner { id name } percentage } } } }
            """;
    /** Dates around the ledger's three entries (2025-01-15 SET, 2025-06-01 TRANSFER, 2025-09-01 SET). */
    private static final List<String> DATES = List.of("2025-01-14", "2025-01-15", "2025-03-01", "2025-06-01", "2025-08-31",
            "2025-09-01", LocalDate.now(ZoneOffset.UTC).toString());

    private String venture;
    private String nscale;
    private String aker;
    private String openai;

    private String venture() {
        if (venture == null) {
            nscale = Ventures.partnerId(Demo.NSCALE);
            aker = Ventures.partnerId(Demo.AKER);
            openai = Ventures.partnerId(Demo.OPENAI);
            venture = Ventures.create("Export venture, \"quoted\"", "ExportTests", "ACTIVE");
            GraphQL.as(KeycloakRealm.ADMIN).ok(SET, vars("ventureId", venture, "input", Map.of("basedOnVersion", 0,
                    "effectiveDate", "2025-01-15", "reason", "Founding, 50/50", "stakes", List.of(
                            Map.of("partnerId", nscale, "percentage", "50.0000"), Map.of("partnerId", aker, "percentage", "50.0000")))));
            GraphQL.as(KeycloakRealm.ADMIN).ok(TRANSFER, vars("ventureId", venture, "input", Map.of("basedOnVersion", 1,
                    "effectiveDate", "2025-06-01", "reason", "=sale", "fromPartnerId", aker, "toPartnerId", openai,
                    "percentage", "12.5000")));
            GraphQL.as(KeycloakRealm.ADMIN).ok(SET, vars("ventureId", venture, "input", Map.of("basedOnVersion", 2,
                    "effectiveDate", "2025-09-01", "reason", "Restructuring", "stakes", List.of(
                            Map.of("partnerId", nscale, "percentage", "33.3334"), Map.of("partnerId", aker, "percentage", "33.3333"),
                            Map.of("partnerId", openai, "percentage", "33.3333")))));
        }
        return venture;
    }

    @Test
    void replayingTheOcfTransactionsGivesTheApisCapTableOnEveryDate() throws Exception {
        JsonNode ocf = JSON.readTree(download(KeycloakRealm.VIEWER, "ocf.json", null).asString());

        assertThat(ocf.get("file_type").asText()).isEqualTo("OCF_MANIFEST_FILE");
        assertThat(ocf.get("as_of").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(OffsetDateTime.parse(ocf.get("generated_at").asText()))
                .isCloseTo(OffsetDateTime.now(ZoneOffset.UTC), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(ocf.at("/issuer/id").asText()).isEqualTo(venture);
        assertThat(ocf.at("/issuer/dba").asText()).isEqualTo("Export venture, \"quoted\"");
        assertThat(ocf.get("stock_classes").findValuesAsText("id")).containsExactly(OcfDocument.STOCK_CLASS_ID);
        Map<String, String> names = new TreeMap<>();
        ocf.get("stakeholders").forEach(holder -> names.put(holder.get("id").asText(), holder.get("issuer_assigned_id").asText()));
        assertThat(names).containsEntry(nscale, Demo.NSCALE).containsEntry(aker, Demo.AKER).containsEntry(openai, Demo.OPENAI);
        assertThat(ocf.get("transactions").findValuesAsText("object_type"))
                .containsExactly("TX_CAP_TABLE_SET", "TX_STOCK_TRANSFER", "TX_CAP_TABLE_SET");
        ocf.get("transactions").findValues("quantity").forEach(quantity ->
                assertThat(quantity.asText()).as("decimal strings with 4 places").matches("[0-9]+\\.[0-9]{4}"));

        for (String date : DATES) {
            assertThat(replay(ocf.get("transactions"), LocalDate.parse(date))).as("cap table on " + date).isEqualTo(api(date));
        }
        assertThat(holdings(ocf.at("/cap_table/holdings"))).isEqualTo(api(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-14", "2025-03-01", "2025-06-01", "2025-09-01"})
    void theOcfDocumentAsOfADateHoldsThatDatesCapTable(String date) throws Exception {
        JsonNode ocf = JSON.readTree(download(KeycloakRealm.VIEWER, "ocf.json", date).asString());

        assertThat(ocf.get("as_of").asText()).isEqualTo(date);
        assertThat(holdings(ocf.at("/cap_table/holdings"))).isEqualTo(api(date));
    }

    @Test
    void theCsvCapTableIsTheApisOnEveryDateAndTheLedgerHasARowPerHolderOfEachEntry() {
        for (String date : DATES) {
            List<List<String>> rows = Csv.parse(download(KeycloakRealm.VIEWER, "cap-table.csv", date).asString());
            assertThat(String.join(",", rows.get(0))).isEqualTo(CapTableCsv.CAP_TABLE_HEADER);
            Map<String, BigDecimal> table = new TreeMap<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row.get(0)).isEqualTo(venture);
                assertThat(row.get(1)).isEqualTo("Export venture, \"quoted\"");
                assertThat(row.get(2)).isEqualTo(date);
                table.put(row.get(4), new BigDecimal(row.get(6)));
            }
            assertThat(table).as("CSV cap table on " + date).isEqualTo(api(date));
        }

        List<List<String>> ledger = Csv.parse(download(KeycloakRealm.VIEWER, "ledger.csv", null).asString());
        assertThat(String.join(",", ledger.get(0))).isEqualTo(CapTableCsv.LEDGER_HEADER);
        assertThat(ledger.subList(1, ledger.size())).extracting(row -> row.get(1) + " " + row.get(2))
                .containsExactly("1 SET", "1 SET", "2 TRANSFER", "3 SET", "3 SET", "3 SET");
        assertThat(ledger.get(3).get(6)).as("a formula-looking reason is defused").isEqualTo("'=sale");
        assertThat(ledger.get(3)).endsWith(aker, openai);
    }

    @Test
    void aPartnerUserExportsItsOwnPartnersVenture() {
        assertThat(download(KeycloakRealm.PARTNER, "ocf.json", null).statusCode()).isEqualTo(200);
    }

    Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("an unknown venture", KeycloakRealm.VIEWER, UUID.randomUUID().toString(), null, 404, "NOT_FOUND", "id"),
                Arguments.of("a malformed id", KeycloakRealm.VIEWER, "not-a-uuid", null, 400, "VALIDATION", "id"),
                Arguments.of("a bad date", KeycloakRealm.VIEWER, null, "2025-13-45", 400, "VALIDATION", "asOf"),
                Arguments.of("no token", null, null, null, 401, "UNAUTHENTICATED", null),
                Arguments.of("a partner user outside its scope", KeycloakRealm.PARTNER, "out-of-scope", null, 404, "NOT_FOUND", "id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedExportIsTheApisErrorWithItsStatus(String refusal, String user, String id, String asOf, int status, String code,
            String field) {
        String target = id == null ? venture() : "out-of-scope".equals(id) ? Ventures.create("Export elsewhere", "ExportTests", "ACTIVE") : id;
        for (String file : List.of("ocf.json", "cap-table.csv", "ledger.csv")) {
            Response response = request(user, asOf).get("/export/ventures/" + target + "/" + file);

            assertThat(response.statusCode()).as(refusal + ", " + file).isEqualTo(status);
            assertThat(response.jsonPath().getList("errors.extensions.code")).as(refusal).containsExactly(code);
            if (field != null) {
                assertThat(response.jsonPath().getString("errors[0].extensions.field")).isEqualTo(field);
            }
        }
    }

    // ----- helpers ----------------------------------------------------------------------------

    private Response download(String user, String file, String asOf) {
        Response response = request(user, asOf).get("/export/ventures/" + venture() + "/" + file);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).startsWith("attachment");
        return response;
    }

    private static RequestSpecification request(String user, String asOf) {
        RequestSpecification request = given();
        if (user != null) {
            request.auth().oauth2(Users.token(user));
        }
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.when();
    }

    private Map<String, BigDecimal> api(String asOf) {
        List<Map<String, Object>> stakes = GraphQL.as(KeycloakRealm.VIEWER).ok(OWNERSHIP, vars("id", venture(), "asOf", asOf))
                .getList("data.venture.ownership.stakes");
        Map<String, BigDecimal> table = new TreeMap<>();
        for (Map<String, Object> stake : stakes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> partner = (Map<String, Object>) stake.get("partner");
            table.put((String) partner.get("id"), new BigDecimal(String.valueOf(stake.get("percentage"))).setScale(4));
        }
        return table;
    }

    /** The cap table the transactions dated up to {@code date} leave, in order: a SET replaces it, a TRANSFER moves a quantity. */
    private static Map<String, BigDecimal> replay(JsonNode transactions, LocalDate date) {
        Map<String, BigDecimal> table = new TreeMap<>();
        for (JsonNode transaction : transactions) {
            if (LocalDate.parse(transaction.get("date").asText()).isAfter(date)) {
                break;
            }
            if ("TX_CAP_TABLE_SET".equals(transaction.get("object_type").asText())) {
                table = holdings(transaction.get("holdings"));
            } else {
                BigDecimal quantity = new BigDecimal(transaction.get("quantity").asText());
                table.merge(transaction.get("from_stakeholder_id").asText(), quantity.negate(), BigDecimal::add);
                table.merge(transaction.get("to_stakeholder_id").asText(), quantity, BigDecimal::add);
                table.values().removeIf(value -> value.signum() == 0);
            }
        }
        return table;
    }

    private static Map<String, BigDecimal> holdings(JsonNode holdings) {
        Map<String, BigDecimal> table = new TreeMap<>();
        holdings.forEach(holding -> table.put(holding.get("stakeholder_id").asText(), new BigDecimal(holding.get("quantity").asText())));
        return table;
    }

    /** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            return rows;
        }
    }
}
