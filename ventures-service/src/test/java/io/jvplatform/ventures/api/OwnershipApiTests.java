package io.jvplatform.ventures.api;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class OwnershipApiTests {

    private static final String FOUNDED = "2025-07-31";
    private static final String SOLD = "2026-01-15";

    private String nscale;
    private String aker;
    private String openAi;
    private String archived;

    private String nscale() {
        if (nscale == null) {
            nscale = Partners.create("Nscale");
            aker = Partners.create("Aker");
            openAi = Partners.create("OpenAI");
            archived = Partners.create("Gone");
            Partners.archive(archived, Partners.version(archived)).body("errors", nullValue());
        }
        return nscale;
    }

    @Test
    void setOwnershipFoundsAFiftyFiftyVentureReadBackWithActorAndReason() {
        String venture = Ventures.create("Stargate Norway");

        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input",
                Ventures.setInput(0, FOUNDED, List.of(stake(nscale(), "50"), stake(aker, "50")))))
                .body("errors", nullValue())
                .body("data.setOwnership.ledgerVersion", equalTo(1))
                .body("data.setOwnership.parity", equalTo(true));

        JsonPath read = Ventures.ownership(venture, null);
        assertThat(read.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(1);
        assertThat(read.getList("data.venture.ownership.stakes.percentage", BigDecimal.class))
                .containsExactly(new BigDecimal("50.0000"), new BigDecimal("50.0000"));
        assertThat(read.getList("data.venture.ownership.stakes.partner.id", String.class)).containsExactlyInAnyOrder(nscale, aker);
        assertThat(read.getString("data.venture.ownershipHistory[0].type")).isEqualTo("SET");
        assertThat(read.getString("data.venture.ownershipHistory[0].actor")).isEqualTo(KeycloakRealm.ADMIN);
        assertThat(read.getString("data.venture.ownershipHistory[0].reason")).isEqualTo("founding agreement");
        assertThat(read.getString("data.venture.ownershipHistory[0].recordedAt")).isNotBlank();
    }

    @Test
    void ownershipAsOfEachDateFollowsTheLedger() {
        String venture = Ventures.create("Dated venture");
        Ventures.setOwnership(venture, Ventures.setInput(0, FOUNDED, List.of(stake(nscale(), "50"), stake(aker, "50"))));

        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(1, SOLD, aker, nscale, "10")))
                .body("errors", nullValue())
                .body("data.transferStake.asOf", equalTo(SOLD))
                .body("data.transferStake.ledgerVersion", equalTo(2));

        JsonPath beforeFounding = Ventures.ownership(venture, "2025-07-30");
        assertThat(beforeFounding.getList("data.venture.ownership.stakes")).isEmpty();
        assertThat(beforeFounding.getInt("data.venture.ownership.ledgerVersion")).as("the ledger's version, on every date").isEqualTo(2);

        for (String date : List.of(FOUNDED, "2026-01-14")) {
            JsonPath founded = Ventures.ownership(venture, date);
            assertThat(founded.getString("data.venture.ownership.asOf")).isEqualTo(date);
            assertThat(founded.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(2);
            assertThat(founded.getBoolean("data.venture.ownership.parity")).isTrue();
            assertThat(percentagesByPartner(founded)).containsEntry(nscale, new BigDecimal("50.0000")).containsEntry(aker, new BigDecimal("50.0000"));
        }

        JsonPath afterSale = Ventures.ownership(venture, SOLD);
        assertThat(afterSale.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(2);
        assertThat(afterSale.getBoolean("data.venture.ownership.parity")).isFalse();
        assertThat(afterSale.getList("data.venture.ownership.stakes.partner.id", String.class)).containsExactly(nscale, aker);
        assertThat(afterSale.getList("data.venture.ownership.stakes.percentage", BigDecimal.class))
                .containsExactly(new BigDecimal("60.0000"), new BigDecimal("40.0000"));

        JsonPath history = Ventures.ownership(venture, null);
        assertThat(history.getList("data.venture.ownershipHistory.type", String.class)).containsExactly("SET", "TRANSFER");
        assertThat(history.getList("data.venture.ownershipHistory.actor", String.class)).containsOnly(KeycloakRealm.ADMIN);
        assertThat(history.getList("data.venture.ownershipHistory.reason", String.class)).containsExactly("founding agreement", "stake sale");
        assertThat(history.getList("data.venture.ownershipHistory.effectiveDate", String.class)).containsExactly(FOUNDED, SOLD);
        assertThat(history.getString("data.venture.ownershipHistory[1].from.id")).isEqualTo(aker);
        assertThat(history.getString("data.venture.ownershipHistory[1].to.id")).isEqualTo(nscale);
        assertThat(history.getObject("data.venture.ownershipHistory[1].percentage", BigDecimal.class)).isEqualByComparingTo("10");
    }

    @Test
    void aThreeWaySplitIsExact() {
        String venture = Ventures.create("Three-way venture");

        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input", Ventures.setInput(0, FOUNDED,
                List.of(stake(nscale(), "33.3334"), stake(aker, "33.3333"), stake(openAi, "33.3333")))))
                .body("errors", nullValue())
                .body("data.setOwnership.stakes[0].partner.id", equalTo(nscale))
                .body("data.setOwnership.parity", equalTo(false));
    }

    Stream<Arguments> badCapTables() {
        Function<OwnershipApiTests, List<Map<String, Object>>> sum99 = t -> List.of(stake(t.nscale(), "50"), stake(t.aker, "49.9999"));
        Function<OwnershipApiTests, List<Map<String, Object>>> sum100plus = t -> List.of(stake(t.nscale(), "50"), stake(t.aker, "50.0001"));
        Function<OwnershipApiTests, List<Map<String, Object>>> zero = t -> List.of(stake(t.nscale(), "100"), stake(t.aker, "0"));
        Function<OwnershipApiTests, List<Map<String, Object>>> negative = t -> List.of(stake(t.nscale(), "110"), stake(t.aker, "-10"));
        Function<OwnershipApiTests, List<Map<String, Object>>> fiveDecimals = t -> List.of(stake(t.nscale(), "50.00001"), stake(t.aker, "49.99999"));
        Function<OwnershipApiTests, List<Map<String, Object>>> twice = t -> List.of(stake(t.nscale(), "50"), stake(t.nscale, "50"));
        Function<OwnershipApiTests, List<Map<String, Object>>> unknown = t -> List.of(stake(t.nscale(), "50"), stake(UUID.randomUUID().toString(), "50"));
        Function<OwnershipApiTests, List<Map<String, Object>>> archivedPartner = t -> List.of(stake(t.nscale(), "50"), stake(t.archived, "50"));
        Function<OwnershipApiTests, List<Map<String, Object>>> malformed = t -> List.of(stake(t.nscale(), "50"), stake("not-a-uuid", "50"));
        Function<OwnershipApiTests, List<Map<String, Object>>> none = t -> List.of();
        return Stream.of(
                Arguments.of("stakes summing to 99.9999", sum99, "input.stakes"),
                Arguments.of("stakes summing to 100.0001", sum100plus, "input.stakes"),
                Arguments.of("a zero stake", zero, "input.stakes[1].percentage"),
                Arguments.of("a negative stake", negative, "input.stakes[0].percentage"),
                Arguments.of("more than four decimals", fiveDecimals, "input.stakes[0].percentage"),
                Arguments.of("the same partner twice", twice, "input.stakes[1].partnerId"),
                Arguments.of("an unknown partner", unknown, "input.stakes[1].partnerId"),
                Arguments.of("an archived partner", archivedPartner, "input.stakes[1].partnerId"),
                Arguments.of("a malformed partner id", malformed, "input.stakes[1].partnerId"),
                Arguments.of("no stakes at all", none, "input.stakes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCapTables")
    void badCapTablesAreRefusedAndNothingIsWritten(String label, Function<OwnershipApiTests, List<Map<String, Object>>> stakes,
                                                   String field) {
        String venture = Ventures.create("Bad cap table");

        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input", Ventures.setInput(0, FOUNDED, stakes.apply(this))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo(field));

        JsonPath read = Ventures.ownership(venture, null);
        assertThat(read.getInt("data.venture.ownership.ledgerVersion")).isZero();
        assertThat(read.getList("data.venture.ownershipHistory")).isEmpty();
    }

    @Test
    void aTransferOfMoreThanTheGiverHoldsIsRefusedAndNothingIsWritten() {
        String venture = founded("Greedy transfer");

        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(1, SOLD, aker, nscale, "50.0001")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.percentage"));

        assertUnchangedFiftyFifty(venture);
    }

    @Test
    void aStaleLedgerVersionIsAConflictAndNothingIsWritten() {
        String venture = founded("Stale transfer");

        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(0, SOLD, aker, nscale, "1")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("input.basedOnVersion"));
        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input",
                Ventures.setInput(0, SOLD, List.of(stake(nscale, "100")))))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));

        assertUnchangedFiftyFifty(venture);
    }

    @Test
    void aTransferToAnArchivedPartnerIsRefused() {
        String venture = founded("Transfer to archived");

        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(1, SOLD, aker, archived, "1")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.toPartnerId"));

        assertUnchangedFiftyFifty(venture);
    }

    @Test
    void aBackdatedChangeIsRefused() {
        String venture = founded("Backdated transfer");

        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(1, "2025-07-30", aker, nscale, "1")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.effectiveDate"));

        assertUnchangedFiftyFifty(venture);
    }

    static Stream<Arguments> badEffectiveDates() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        return Stream.of(
                Arguments.of("the far future (the frozen-ledger trap)", "9999-12-31"),
                Arguments.of("next year", nextYear),
                Arguments.of("tomorrow (UTC)", tomorrow),
                Arguments.of("the day before the latest entry", "2025-07-30"),
                Arguments.of("years before the latest entry", "2001-01-01"),
                Arguments.of("before 1900 (a typing accident)", "0025-07-31"));
    }

    @ParameterizedTest(name = "a transfer dated {0}")
    @MethodSource("badEffectiveDates")
    void aTransferWithABadEffectiveDateIsRefusedAndNothingIsWritten(String label, String date) {
        String venture = founded("Badly dated transfer");

        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(1, date, aker, nscale, "1")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.effectiveDate"));

        assertUnchangedFiftyFifty(venture);
    }

    @ParameterizedTest(name = "a new cap table dated {0}")
    @MethodSource("badEffectiveDates")
    void aCapTableWithABadEffectiveDateIsRefusedAndNothingIsWritten(String label, String date) {
        String venture = founded("Badly dated cap table");

        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input", Ventures.setInput(1, date, List.of(stake(nscale, "100")))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.effectiveDate"));

        assertUnchangedFiftyFifty(venture);
    }

    @ParameterizedTest(name = "a founding dated {0}")
    @ValueSource(strings = {"9999-12-31", "2100-01-01", "0001-01-01", "1899-12-31"})
    void aFoundingOutsideTheDateBoundsIsRefusedAndNothingIsWritten(String date) {
        String venture = Ventures.create("Badly dated founding");

        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input",
                Ventures.setInput(0, date, List.of(stake(nscale(), "50"), stake(aker, "50")))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.effectiveDate"));

        JsonPath read = Ventures.ownership(venture, null);
        assertThat(read.getInt("data.venture.ownership.ledgerVersion")).isZero();
        assertThat(read.getList("data.venture.ownershipHistory")).isEmpty();
    }

    /**
     * Issue 9.1: a change dated 9999-12-31 used to be accepted, after which every real date was
     * "before the latest entry" and the ledger could never change again; and today's table reported
     * the version of the entries in force today, not the ledger's, so reading it and writing gave CONFLICT.
     */
    @Test
    void theFrozenLedgerTrapIsRefusedAndTheVersionReadOnAnyDateIsTheOneToWriteOn() {
        String venture = founded("Frozen ledger trap");

        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input",
                Ventures.setInput(1, "9999-12-31", List.of(stake(nscale, "100")))))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("input.effectiveDate"));

        int readInThePast = Ventures.ownership(venture, "2025-01-01").getInt("data.venture.ownership.ledgerVersion");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(readInThePast, today, aker, nscale, "10")))
                .body("errors", nullValue())
                .body("data.transferStake.asOf", equalTo(today))
                .body("data.transferStake.ledgerVersion", equalTo(2));

        JsonPath now = json(post("""
                query Versions($id: ID!) {
                  venture(id: $id) { ledgerVersion ownership { ledgerVersion stakes { percentage } } }
                }
                """, vars("id", venture)).body("errors", nullValue()));
        assertThat(now.getInt("data.venture.ledgerVersion")).isEqualTo(2);
        assertThat(now.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(2);
        assertThat(now.getList("data.venture.ownership.stakes.percentage", BigDecimal.class))
                .containsExactly(new BigDecimal("60.0000"), new BigDecimal("40.0000"));
        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input",
                Ventures.setInput(now.getInt("data.venture.ledgerVersion"), today, List.of(stake(nscale, "100")))))
                .body("errors", nullValue())
                .body("data.setOwnership.ledgerVersion", equalTo(3));
    }

    @Test
    void anUnknownVentureIsNotFound() {
        post(Ventures.TRANSFER, vars("ventureId", UUID.randomUUID().toString(), "input",
                Ventures.transferInput(0, SOLD, aker(), nscale, "1")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("ventureId"));
    }

    /**
     * Many admins transfer at once, each based on the version they just read. The row lock makes
     * them take turns, so for every version exactly one of them wins and the others get CONFLICT;
     * nothing is lost and the table still sums to exactly 100.
     */
    @Test
    void concurrentTransfersNeverLoseAnUpdate() throws Exception {
        String venture = founded("Contended venture");
        int threads = 8;
        int attemptsPerThread = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<int[]>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            boolean akerGives = t % 2 == 0;
            results.add(pool.submit((Callable<List<int[]>>) () -> {
                start.await();
                List<int[]> outcomes = new ArrayList<>();
                for (int a = 0; a < attemptsPerThread; a++) {
                    int base = Ventures.ledgerVersion(venture);
                    JsonPath answer = json(post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(
                            base, SOLD, akerGives ? aker : nscale, akerGives ? nscale : aker, "0.5"))));
                    String code = answer.getString("errors[0].extensions.code");
                    outcomes.add(new int[]{base, code == null ? 1 : "CONFLICT".equals(code) ? 0 : -1});
                }
                return outcomes;
            }));
        }
        start.countDown();
        List<int[]> outcomes = new ArrayList<>();
        for (Future<List<int[]>> result : results) {
            outcomes.addAll(result.get());
        }
        pool.shutdown();

        long successes = outcomes.stream().filter(o -> o[1] == 1).count();
        long conflicts = outcomes.stream().filter(o -> o[1] == 0).count();
        assertThat(successes + conflicts).isEqualTo((long) threads * attemptsPerThread);
        Map<Integer, Integer> successesPerBase = new HashMap<>();
        outcomes.forEach(o -> successesPerBase.merge(o[0], o[1] == 1 ? 1 : 0, Integer::sum));
        assertThat(successesPerBase.values()).as("successes per base version").containsOnly(1);

        JsonPath after = Ventures.ownership(venture, null);
        assertThat(after.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(1 + (int) successes);
        assertThat(after.getList("data.venture.ownershipHistory")).hasSize(1 + (int) successes);
        assertThat(after.getList("data.venture.ownership.stakes.percentage", BigDecimal.class).stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
    }

    private String aker() {
        nscale();
        return aker;
    }

    private String founded(String name) {
        String venture = Ventures.create(name);
        Ventures.setOwnership(venture, Ventures.setInput(0, FOUNDED, List.of(stake(nscale(), "50"), stake(aker, "50"))));
        return venture;
    }

    private void assertUnchangedFiftyFifty(String venture) {
        JsonPath read = Ventures.ownership(venture, null);
        assertThat(read.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(1);
        assertThat(read.getList("data.venture.ownershipHistory")).hasSize(1);
        assertThat(percentagesByPartner(read)).containsEntry(nscale, new BigDecimal("50.0000")).containsEntry(aker, new BigDecimal("50.0000"));
    }

    private static Map<String, BigDecimal> percentagesByPartner(JsonPath read) {
        List<String> ids = read.getList("data.venture.ownership.stakes.partner.id", String.class);
        List<BigDecimal> percentages = read.getList("data.venture.ownership.stakes.percentage", BigDecimal.class);
        Map<String, BigDecimal> byPartner = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byPartner.put(ids.get(i), percentages.get(i));
        }
        return byPartner;
    }
}
