package io.jvplatform.ventures.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the JDBC statements this service prepares, from Hibernate's statistics (on in the test
 * profile). Every query of the service, native SQL included, goes through Hibernate, so the count is
 * the number of round trips to PostgreSQL. Counts are deltas around one request: the tests of a
 * module run one at a time, and nothing else talks to this database meanwhile.
 */
public final class SqlStatements {

    private final Statistics statistics;

    public SqlStatements(EntityManagerFactory factory) {
        this.statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    /** Runs {@code request} and returns how many statements it prepared. */
    public long during(Runnable request) {
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
