package io.jvplatform.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts one embedded PostgreSQL for a module's whole test run (Quarkus shares a test resource
 * between test classes that declare it the same way) and points the service's datasource at it.
 * The database name comes from the init arg {@code database}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private String databaseName = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        databaseName = initArgs.getOrDefault("database", databaseName);
    }

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startTemporary();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.createDatabase(databaseName),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
