package io.jvplatform.gateway.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jvplatform.devstack.KeycloakServer;
import io.jvplatform.devstack.KeycloakTestResource;

/**
 * TEST ONLY: realm jv allows client jv-web to return to port 8080 only (deploy/keycloak/jv-realm.json),
 * but the gateway under test runs on a free port so it never collides with the local run. The
 * tests' Keycloak lives in memory and imports the realm afresh at every start, so this adds the
 * test gateway's origin to jv-web's redirect URIs (and so to its web origins, "+") through the
 * admin API of that Keycloak only; the realm file and any other Keycloak are untouched.
 */
final class TestRedirects {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> ALLOWED = ConcurrentHashMap.newKeySet();

    private TestRedirects() {
    }

    static void allow(String origin) {
        String keycloak = KeycloakTestResource.baseUrl();
        if (!ALLOWED.add(keycloak + " " + origin)) {
            return;
        }
        try {
            String token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                            + KeycloakServer.BOOTSTRAP_ADMIN + "&password=" + URLEncoder.encode(KeycloakServer.BOOTSTRAP_ADMIN_PASSWORD, StandardCharsets.UTF_8))))).path("access_token").asText();
            String clients = keycloak + "/admin/realms/jv/clients";
            JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=jv-web"))
                    .header("Authorization", "Bearer " + token).GET()));
            ObjectNode client = (ObjectNode) found.get(0);
            List<String> uris = new ArrayList<>();
            client.withArray("redirectUris").forEach(uri -> uris.add(uri.asText()));
            uris.add(origin + "/*");
            ArrayNode array = client.putArray("redirectUris");
            uris.forEach(array::add);
            send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
        } catch (IOException e) {
            ALLOWED.remove(keycloak + " " + origin);
            throw new IllegalStateException("cannot add the test redirect to realm jv", e);
        }
    }

    private static String send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IOException("Keycloak answered HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
