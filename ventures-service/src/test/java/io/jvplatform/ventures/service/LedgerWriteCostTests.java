package io.jvplatform.ventures.service;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.SqlStatements;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 8.4: an ownership write checks against the ledger's head on the venture row and appends one
 * entry, so it costs the same number of statements with 2 entries or 500.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class LedgerWriteCostTests {

    private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 31);
    private static final int LONG_HISTORY = 500;

    @Inject
    EntityManagerFactory factory;

    @Inject
    EntityManager entityManager;

    @Test
    void aTransferIssuesTheSameStatementsWithFiveHundredEntriesAsWithTwo() {
        String nscale = Partners.create("Nscale");
        String aker = Partners.create("Aker");
        String shortLedger = foundedFiftyFifty("Two entries", nscale, aker);
        post(Ventures.TRANSFER, vars("ventureId", shortLedger, "input",
                Ventures.transferInput(1, FOUNDED.toString(), aker, nscale, "1"))).body("errors", nullValue());
        String longLedger = foundedFiftyFifty("Five hundred entries", nscale, aker);
        appendHistory(longLedger, nscale, aker);
        SqlStatements statements = new SqlStatements(factory);

        long onTwo = statements.during(() -> transferBack(shortLedger, 2, nscale, aker));
        long onFiveHundred = statements.during(() -> transferBack(longLedger, LONG_HISTORY, nscale, aker));

        assertThat(onFiveHundred).as("statements of a transfer on a 500-entry ledger").isEqualTo(onTwo);
        assertThat(onTwo).as("a constant handful: lock, holdings, insert, changed holdings, version").isLessThanOrEqualTo(8);
        assertThat(Ventures.ownership(longLedger, null).getList("data.venture.ownershipHistory")).hasSize(LONG_HISTORY + 1);
    }

    private static String foundedFiftyFifty(String name, String nscale, String aker) {
        String venture = Ventures.create(name);
        Ventures.setOwnership(venture, Ventures.setInput(0, FOUNDED.toString(), List.of(stake(nscale, "50"), stake(aker, "50"))));
        return venture;
    }

    private static void transferBack(String venture, int basedOn, String nscale, String aker) {
        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(basedOn, FOUNDED.toString(), nscale, aker, "1")))
                .body("errors", nullValue())
                .body("data.transferStake.ledgerVersion", equalTo(basedOn + 1))
                .body("data.transferStake.stakes.percentage", equalTo(List.of("50.0000", "50.0000")));
    }

    /**
     * Versions 2..500 written straight into the tables (500 requests would take minutes): 1 % moving
     * back and forth, ending 51/49 like the short ledger after its one transfer.
     */
    private void appendHistory(String venture, String nscale, String aker) {
        UUID id = UUID.fromString(venture);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into ledger_entry (id, venture_id, version, type, effective_date, actor, reason, recorded_at,
                                              from_partner_id, to_partner_id, percentage)
                    select gen_random_uuid(), :venture, g, 'TRANSFER', :date, 'admin', 'history', now(),
                           case when g % 2 = 0 then cast(:aker as uuid) else cast(:nscale as uuid) end,
                           case when g % 2 = 0 then cast(:nscale as uuid) else cast(:aker as uuid) end, 1
                    from generate_series(2, :last) g
                    """)
                    .setParameter("venture", id).setParameter("date", FOUNDED).setParameter("last", LONG_HISTORY)
                    .setParameter("aker", UUID.fromString(aker)).setParameter("nscale", UUID.fromString(nscale))
                    .executeUpdate();
            entityManager.createNativeQuery("""
                    update stake_holding set percentage = case when partner_id = :nscale then 51 else 49 end
                    where venture_id = :venture
                    """).setParameter("venture", id).setParameter("nscale", UUID.fromString(nscale)).executeUpdate();
            entityManager.createNativeQuery("update venture set ledger_version = :last where id = :venture")
                    .setParameter("venture", id).setParameter("last", LONG_HISTORY).executeUpdate();
        });
    }
}
