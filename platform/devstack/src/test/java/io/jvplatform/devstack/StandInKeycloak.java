package io.jvplatform.devstack;

import com.sun.net.httpserver.HttpServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@link KeycloakServerTests}' stand-in {@code bin/kc.sh} runs: it prints the arguments and
 * environment it was started with, then answers the readiness check on the management port and the
 * OpenID configuration of each realm file in the instance's {@code data/import}. Only the JDK.
 */
public final class StandInKeycloak {

    private static final Pattern REALM = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"");

    private StandInKeycloak() {
    }

    /** {@code args[0]}: the instance folder (kc.sh's own parent); then kc.sh's arguments. */
    public static void main(String[] args) throws Exception {
        Path instance = Path.of(args[0]);
        List<String> arguments = List.of(args).subList(1, args.length);
        System.out.println("args " + String.join(" ", arguments));
        for (String name : List.of("JAVA_HOME", "JAVA_OPTS_KC_HEAP", "JAVA_OPTS_APPEND", "KC_BOOTSTRAP_ADMIN_USERNAME",
                "KC_BOOTSTRAP_ADMIN_PASSWORD")) {
            System.out.println("env " + name + "=" + System.getenv(name));
        }
        List<String> realms = new ArrayList<>();
        try (Stream<Path> files = Files.list(instance.resolve("data/import"))) {
            for (Path file : files.sorted().toList()) {
                Matcher realm = REALM.matcher(Files.readString(file));
                if (realm.find()) {
                    realms.add(realm.group(1));
                }
            }
        }
        System.out.println("realms " + String.join(" ", realms));
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), option(arguments, "--http-port")), 0);
        for (String realm : realms) {
            http.createContext("/realms/" + realm + "/.well-known/openid-configuration", exchange -> {
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
        }
        HttpServer management = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), option(arguments, "--http-management-port")), 0);
        management.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        System.out.println("ready");
        http.start();
        management.start();
    }

    private static int option(List<String> arguments, String name) {
        return arguments.stream().filter(argument -> argument.startsWith(name + "=")).map(argument -> argument.substring(name.length() + 1))
                .mapToInt(Integer::parseInt).findFirst().orElseThrow(() -> new IllegalArgumentException("no " + name));
    }
}
