package io.jvplatform.partners.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvplatform.devstack.EmbeddedDatabase;
import io.jvplatform.devstack.FreePort;
import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.ServiceProcess;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.partners.support.Partners;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CPU partners-service spends on the gateway's {@code partnersByIds} for 20 ids (issue 8: at
 * most 1 ms). Starts the built jar in its own JVM on an embedded PostgreSQL (as ventures-service's
 * tests do), creates 20 partners, warms up, then sends the gateway's document one request at a
 * time and divides the service process's utime+stime ({@code /proc/<pid>/stat}) by the requests.
 * A measurement, not a test: its name matches none of surefire's test patterns, so it runs only when named
 * ({@code -Dtest=PartnersByIdsCpuBench -Dsurefire.failIfNoSpecifiedTests=false}, see the
 * README) and against the jar of the last {@code package}.
 */
class PartnersByIdsCpuBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IDS = 20;
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 5_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 5_000);
    private static final long CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

    /** The gateway's document (gateway/.../client/PartnersDocuments.PARTNERS_BY_IDS). */
    private static final String PARTNERS_BY_IDS = """
            query PartnersByIds($ids: [ID!]!) { partnersByIds(ids: $ids) { ...PartnerFields } }
            fragment PartnerFields on Partner {
              id name legalName lei country kind website description archived version
            }
            """;

    @Test
    void partnersByIdsForTwentyIds() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startTemporary()) {
            Map<String, String> config = new HashMap<>(TestIssuer.serviceConfig());
            config.put("quarkus.datasource.jdbc.url", database.createDatabase("partners"));
            config.put("quarkus.datasource.username", EmbeddedDatabase.USER);
            config.put("quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
            config.put("quarkus.rest-client.ventures-service.url", "http://127.0.0.1:1");
            int port = FreePort.find();
            try (ServiceProcess partners = ServiceProcess.start("partners-service", port, config)) {
                HttpClient http = HttpClient.newHttpClient();
                String graphql = partners.baseUrl() + "/graphql";
                List<String> ids = new ArrayList<>();
                String admin = TestIssuer.tokenFor(KeycloakRealm.ADMIN);
                for (int i = 0; i < IDS; i++) {
                    Map<?, ?> created = post(http, graphql, admin, Partners.CREATE_PARTNER, Map.of("input", Partners.input("Bench " + i)));
                    ids.add((String) ((Map<?, ?>) ((Map<?, ?>) created.get("data")).get("createPartner")).get("id"));
                }
                String viewer = TestIssuer.tokenFor(KeycloakRealm.VIEWER);
                byte[] body = JSON.writeValueAsBytes(Map.of("query", PARTNERS_BY_IDS, "variables", Map.of("ids", ids)));
                HttpRequest request = HttpRequest.newBuilder(URI.create(graphql))
                        .header("Authorization", "Bearer " + viewer)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                String answer = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                assertThat(answer).doesNotContain("\"errors\"").contains(ids.get(IDS - 1));

                long pid = pidListeningOn(port);
                send(http, request, WARM_UP);
                Map<String, Long> threadsBefore = threadTicks(pid);
                long ticksBefore = cpuTicks(pid);
                long started = System.nanoTime();
                send(http, request, REQUESTS);
                long elapsed = System.nanoTime() - started;
                long ticks = cpuTicks(pid) - ticksBefore;
                Map<String, Long> threads = threadTicks(pid);
                threads.replaceAll((name, after) -> after - threadsBefore.getOrDefault(name, 0L));
                threads.values().removeIf(spent -> spent == 0);
                System.out.println("CPU ticks by thread group: " + threads);

                double cpuMillisPerRequest = ticks * 1000.0 / CLOCK_TICKS_PER_SECOND / REQUESTS;
                System.out.printf("%npartnersByIds(20 ids): %d requests after %d warm-up, %.3f ms CPU per request "
                                + "(service pid %d, %d ticks), %.3f ms wall per request, answer %d bytes%n%n",
                        REQUESTS, WARM_UP, cpuMillisPerRequest, pid, ticks, elapsed / 1e6 / REQUESTS, answer.length());
                if (Boolean.getBoolean("bench.hold")) {
                    // keep the service up for a profiler (jcmd <pid> JFR.start ...) while requests keep coming
                    send(http, request, Integer.getInteger("bench.hold.requests", 60_000));
                }
            }
        }
    }

    private static void send(HttpClient http, HttpRequest request, int times) throws IOException, InterruptedException {
        for (int i = 0; i < times; i++) {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
        }
    }

    private static Map<?, ?> post(HttpClient http, String url, String token, String query, Map<String, ?> variables)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables))))
                .build();
        return JSON.readValue(http.send(request, HttpResponse.BodyHandlers.ofString()).body(), Map.class);
    }

    /** utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        System.out.println("utime " + fields[11] + " stime " + fields[12]);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** utime + stime per thread group (thread names without their numbers), from /proc/<pid>/task. */
    private static Map<String, Long> threadTicks(long pid) throws IOException {
        Map<String, Long> groups = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    groups.merge(name + (Long.parseLong(fields[12]) > 0 ? "" : ""), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return groups;
    }

    /** The service JVM: ServiceProcess passes the port as -Dquarkus.http.port. */
    private static long pidListeningOn(int port) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(path -> {
                        try {
                            String cmdline = Files.readString(path.resolve("cmdline")).replace('\0', ' ');
                            return cmdline.contains("-Dquarkus.http.port=" + port + " ") && cmdline.contains("partners-service");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .mapToLong(path -> Long.parseLong(path.getFileName().toString()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no partners-service process on port " + port));
        }
    }
}
