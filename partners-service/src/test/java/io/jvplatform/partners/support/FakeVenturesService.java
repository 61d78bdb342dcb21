package io.jvplatform.partners.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jvplatform.devstack.FreePort;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A FAKE ventures-service for this module's tests: a JDK HTTP server that answers only the
 * {@code activeStakes} query partners-service sends before archiving. The real peer is exercised
 * in ventures-service's tests. By default a partner holds no stakes; a test can give a partner
 * stakes, make the answer hang, or take the whole fake down and bring it back.
 */
public class FakeVenturesService implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running fake. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HANG = Duration.ofSeconds(10);

    private final Map<String, List<String>> stakesByPartner = new ConcurrentHashMap<>();
    private final Set<String> hangingPartners = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String lastAuthorization;
    private ExecutorService executor;
    private HttpServer server;
    private int port;

    @Override
    public Map<String, String> start() {
        port = FreePort.find();
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-ventures-service");
            thread.setDaemon(true);
            return thread;
        });
        listen();
        return Map.of("quarkus.rest-client.ventures-service.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        goDown();
        executor.shutdownNow();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.AnnotatedAndMatchesType(Inject.class, FakeVenturesService.class));
    }

    /** From now on {@code activeStakes(partnerId)} answers with ventures of these names. */
    public void holdsStakes(String partnerId, String... ventureNames) {
        stakesByPartner.put(partnerId, List.of(ventureNames));
    }

    /** From now on {@code activeStakes(partnerId)} does not answer for 10 s. */
    public void hangsFor(String partnerId) {
        hangingPartners.add(partnerId);
    }

    /** Closes the port: connections are refused until {@link #comeBack()}. */
    public synchronized void goDown() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void comeBack() {
        if (server == null) {
            listen();
        }
    }

    public int requestCount() {
        return requests.get();
    }

    /** The {@code Authorization} header of the last request; null when it had none. */
    public String lastAuthorization() {
        return lastAuthorization;
    }

    private synchronized void listen() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("fake ventures-service cannot listen on " + port, e);
        }
        server.setExecutor(executor);
        server.createContext("/graphql", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        String partnerId = request.path("variables").path("partnerId").asText();
        if (!request.path("query").asText().contains("activeStakes")) {
            respond(exchange, Map.of("errors", List.of(Map.of("message", "the fake knows only activeStakes"))));
            return;
        }
        if (hangingPartners.contains(partnerId)) {
            sleep(HANG);
        }
        List<Map<String, String>> ventures = stakesByPartner.getOrDefault(partnerId, List.of()).stream()
                .map(name -> Map.of("id", "venture-" + name.hashCode(), "name", name))
                .toList();
        respond(exchange, Map.of("data", Map.of("activeStakes", ventures)));
    }

    private static void respond(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
