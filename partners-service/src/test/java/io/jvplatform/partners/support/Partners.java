package io.jvplatform.partners.support;

import io.jvplatform.partners.domain.Lei;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.jvplatform.partners.support.GraphQL.execute;
import static io.jvplatform.partners.support.GraphQL.variables;

/**
 * Test data and the operations most tests need. All test classes share one database, so names
 * and LEIs are made unique per call.
 */
public final class Partners {

    public static final String PARTNER_FIELDS = """
            fragment PartnerFields on Partner {
              id name legalName lei country kind website description archived version
            }
            """;

    public static final String CREATE_PARTNER = """
            mutation Create($input: PartnerInput!) {
              createPartner(input: $input) { ...PartnerFields }
            }
            """ + PARTNER_FIELDS;

    public static final String PARTNER = """
            query Partner($id: ID!) {
              partner(id: $id) { ...PartnerFields }
            }
            """ + PARTNER_FIELDS;

    public static final String PARTNERS_BY_NAME = """
            query Search($search: String) {
              partners(filter: { search: $search, includeArchived: true }, limit: 100) { totalCount items { id name } }
            }
            """;

    /** Real LEI of a real company (GLEIF), valid check digits. */
    public static final String KNOWN_VALID_LEI = "529900T8BM49AURSDO55";

    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Partners() {
    }

    /** "Aker" becomes e.g. "Aker 3kq1-7": unique in this run and across runs on a kept database. */
    public static String uniqueName(String name) {
        return name + " " + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static String uniqueLei() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder prefix = new StringBuilder("5299");
        while (prefix.length() < Lei.LENGTH - 2) {
            prefix.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return Lei.withCheckDigits(prefix.toString());
    }

    /** A complete, valid PartnerInput (as GraphQL variables) with a unique name and LEI. */
    public static Map<String, Object> input(String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", uniqueName(name));
        input.put("legalName", name + " ASA");
        input.put("lei", uniqueLei());
        input.put("country", "NO");
        input.put("kind", "INDUSTRIAL");
        input.put("website", "https://www.example.com/" + name.toLowerCase().replaceAll("[^a-z0-9]", ""));
        input.put("description", "Test partner " + name);
        return input;
    }

    public static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.put(field, value);
        return changed;
    }

    /** Creates the partner and returns its fields as GraphQL returned them. */
    public static Map<String, Object> create(Map<String, Object> input) {
        return execute(CREATE_PARTNER, variables("input", input))
                .extract().jsonPath().getMap("data.createPartner");
    }

    public static Map<String, Object> create(String name) {
        return create(input(name));
    }

    /** The partner as a query reads it back, or null. */
    public static Map<String, Object> read(Object id) {
        return execute(PARTNER, variables("id", id)).extract().jsonPath().getMap("data.partner");
    }

    /** How many partners (archived included) have a name containing {@code text}. */
    public static int countNamed(String text) {
        return execute(PARTNERS_BY_NAME, variables("search", text)).extract().jsonPath().getInt("data.partners.totalCount");
    }

    public static String randomId() {
        return UUID.randomUUID().toString();
    }
}
