package io.jvplatform.devstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real PostgreSQL every module's tests and the local run use: one server, a database per
 * service made on demand, data that outlives a restart when asked to, and the test resource's
 * configuration that points a service at its database.
 */
class EmbeddedDatabaseTests {

    private static EmbeddedDatabase server;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.startTemporary();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCreatedDatabaseIsReachableOnLoopbackWithTheFixedCredentials() throws Exception {
        String url = server.createDatabase("partners");

        assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/partners").isEqualTo(server.jdbcUrl("partners"));
        assertThat(query(url, "select current_database()")).isEqualTo("partners");
    }

    @Test
    void creatingADatabaseTwiceKeepsItsData() throws Exception {
        String url = server.createDatabase("ventures");
        execute(url, "create table kept (v text)", "insert into kept values ('first')");

        assertThat(server.createDatabase("ventures")).isEqualTo(url);
        assertThat(query(url, "select v from kept")).isEqualTo("first");
    }

    @Test
    void eachServiceHasItsOwnDatabase() throws Exception {
        execute(server.createDatabase("one"), "create table only_in_one (v text)");

        assertThatThrownBy(() -> query(server.createDatabase("two"), "select count(*) from only_in_one"))
                .isInstanceOf(SQLException.class).hasMessageContaining("only_in_one");
    }

    @Test
    void aPersistentServerKeepsItsDataAcrossARestartOnTheSamePort(@TempDir Path data) throws Exception {
        int port = FreePort.find();
        try (EmbeddedDatabase first = EmbeddedDatabase.startPersistent(data, port)) {
            assertThat(first.port()).isEqualTo(port);
            execute(first.createDatabase("local"), "create table kept (v text)", "insert into kept values ('survives')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.startPersistent(data, port)) {
            assertThat(query(second.createDatabase("local"), "select v from kept")).isEqualTo("survives");
        }
    }

    @Test
    void theTestResourcePointsTheServiceAtItsNamedDatabaseAndStopsTheServer() throws Exception {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", "audit"));

        Map<String, String> config = resource.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        try {
            assertThat(config).containsEntry("quarkus.datasource.username", "postgres")
                    .containsEntry("quarkus.datasource.password", "postgres");
            assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:").endsWith("/audit");
            assertThat(query(url, "select current_database()")).isEqualTo("audit");
        } finally {
            resource.stop();
        }
        assertThatThrownBy(() -> query(url, "select 1")).isInstanceOf(SQLException.class);
    }

    @Test
    void withoutADatabaseArgumentTheTestResourcesDatabaseIsApp() {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of());
        try {
            assertThat(resource.start().get("quarkus.datasource.jdbc.url")).endsWith("/app");
        } finally {
            resource.stop();
        }
    }

    @Test
    void stoppingATestResourceThatNeverStartedIsHarmless() {
        new PostgresTestResource().stop();
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
