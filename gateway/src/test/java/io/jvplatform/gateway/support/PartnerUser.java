package io.jvplatform.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.KeycloakServer;
import io.jvplatform.devstack.KeycloakTestResource;

/**
 * Makes the demo user {@value KeycloakRealm#PARTNER} work for the demo data's Nscale, so the
 * partner-scoping tests mean something.
 * <p>
 * The realm gives that user the fixed {@code partner_id} {@link KeycloakRealm#NSCALE_PARTNER_ID},
 * which is Nscale's id only if the demo data can create Nscale under it. partners-service's
 * {@code createPartner} takes no id, so Nscale gets a random one; until that is fixed
 * (DemoData/partners-service), this sets the user's attribute to Nscale's actual id through
 * Keycloak's admin API, before any partner token is issued, and says so on the console. Once the
 * ids agree it does nothing.
 */
final class PartnerUser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String NSCALE_ID = """
            query NscaleId { partners(filter: {search: "Nscale"}, limit: 1) { items { id name } } }
            """;

    private PartnerUser() {
    }

    static void makeWorkForNscale(String partnersUrl) {
        String nscale = nscaleId(partnersUrl);
        if (KeycloakRealm.NSCALE_PARTNER_ID.equals(nscale)) {
            return;
        }
        System.out.printf("[platform] Nscale's id is %s, not the realm's %s (createPartner takes no id): "
                + "setting user '%s' partner_id through Keycloak's admin API%n",
                nscale, KeycloakRealm.NSCALE_PARTNER_ID, KeycloakRealm.PARTNER);
        String keycloak = KeycloakTestResource.baseUrl();
        String admin = "Bearer " + masterAdminToken(keycloak);
        String users = keycloak + "/admin/realms/" + KeycloakRealm.REALM + "/users";
        JsonNode found = read(send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + KeycloakRealm.PARTNER))
                .header("Authorization", admin).GET()));
        ObjectNode user = (ObjectNode) found.get(0);
        ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        attributes.set(KeycloakRealm.PARTNER_ID_CLAIM, JSON.valueToTree(List.of(nscale)));
        send(HttpRequest.newBuilder(URI.create(users + "/" + user.get("id").asText()))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(user.toString())));
    }

    private static String nscaleId(String partnersUrl) {
        String body = JSON.valueToTree(Map.of("query", NSCALE_ID)).toString();
        JsonNode answer = read(send(HttpRequest.newBuilder(URI.create(partnersUrl + "/graphql"))
                .header("Authorization", "Bearer " + Users.token(KeycloakRealm.ADMIN))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
        JsonNode id = answer.path("data").path("partners").path("items").path(0).path("id");
        if (id.isMissingNode()) {
            throw new IllegalStateException("no Nscale in the demo data: " + answer);
        }
        return id.asText();
    }

    private static String masterAdminToken(String keycloak) {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(KeycloakServer.BOOTSTRAP_ADMIN, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(KeycloakServer.BOOTSTRAP_ADMIN_PASSWORD, StandardCharsets.UTF_8);
        return read(send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)))).get("access_token").asText();
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.build().uri() + " answered HTTP " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body.isEmpty() ? "null" : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
