package io.jvplatform.devstack;

import com.sun.net.httpserver.HttpServer;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * What {@link ServiceProcessTests} launches in place of a built service: the main class of a jar of its
 * own. It prints what it was started with, then answers {@code /q/health/ready} on the port it was
 * given, or exits at once with {@code stand-in.exit}. Only the JDK: the jar holds this one class.
 */
public final class StandInService {

    private StandInService() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("jvm " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.println("dir " + Path.of("").toAbsolutePath());
        System.out.println("host " + System.getProperty("quarkus.http.host"));
        System.out.println("env MALLOC_ARENA_MAX=" + System.getenv("MALLOC_ARENA_MAX"));
        String exit = System.getProperty("stand-in.exit");
        if (exit != null) {
            System.exit(Integer.parseInt(exit));
        }
        int port = Integer.parseInt(System.getProperty("quarkus.http.port"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(System.getProperty("quarkus.http.host")), port), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        // printed before it answers: once the launcher sees it ready, the line is in the log
        System.out.println("ready on " + port);
        server.start();
    }
}
