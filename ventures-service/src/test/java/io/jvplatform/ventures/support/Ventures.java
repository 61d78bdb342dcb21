package io.jvplatform.ventures.support;

import io.restassured.path.json.JsonPath;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static org.hamcrest.Matchers.nullValue;

/** Test data written through this service's own GraphQL API. */
public final class Ventures {

    public static final String CREATE = """
            mutation Create($input: VentureInput!) {
              createVenture(input: $input) { id name version }
            }
            """;

    public static final String SET_OWNERSHIP = """
            mutation Set($ventureId: ID!, $input: SetOwnershipInput!) {
              setOwnership(ventureId: $ventureId, input: $input) {
                asOf ledgerVersion parity stakes { partner { id } percentage }
              }
            }
            """;

    public static final String TRANSFER = """
            mutation Transfer($ventureId: ID!, $input: TransferStakeInput!) {
              transferStake(ventureId: $ventureId, input: $input) {
                asOf ledgerVersion parity stakes { partner { id } percentage }
              }
            }
            """;

    public static final String OWNERSHIP = """
            query Ownership($id: ID!, $asOf: Date) {
              venture(id: $id) {
                ownership(asOf: $asOf) { asOf ledgerVersion parity stakes { partner { id } percentage } }
                ownershipHistory {
                  version type effectiveDate actor reason recordedAt
                  stakes { partner { id } percentage }
                  from { id } to { id } percentage
                }
              }
            }
            """;

    public static final String ADD_PHASE = """
            mutation AddPhase($ventureId: ID!, $input: FundingPhaseInput!) {
              addFundingPhase(ventureId: $ventureId, input: $input) {
                id name ordinal kind status version capacityMw targetDate
                committedCapital { amount currency }
                capitalPerMw { amount currency }
                commitments { partner { id } percentage amount { amount currency } }
                sources { title url date }
              }
            }
            """;

    private Ventures() {
    }

    /** A minimal valid venture input; {@code program} lets a test find (or not find) what it wrote. */
    public static Map<String, Object> input(String name, String program) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", name);
        input.put("jurisdiction", "NO");
        input.put("status", "ACTIVE");
        input.put("program", program);
        return input;
    }

    public static String uniqueProgram() {
        return "test-" + UUID.randomUUID();
    }

    public static String create(String name) {
        return create(input(name, uniqueProgram()));
    }

    public static String create(Map<String, Object> input) {
        return json(post(CREATE, vars("input", input)).body("errors", nullValue())).getString("data.createVenture.id");
    }

    public static Map<String, Object> stake(String partnerId, String percentage) {
        return vars("partnerId", partnerId, "percentage", new BigDecimal(percentage));
    }

    public static Map<String, Object> setInput(int basedOnVersion, String effectiveDate, List<Map<String, Object>> stakes) {
        return vars("basedOnVersion", basedOnVersion, "effectiveDate", effectiveDate, "reason", "founding agreement",
                "stakes", stakes);
    }

    public static Map<String, Object> transferInput(int basedOnVersion, String effectiveDate, String from, String to, String percentage) {
        return vars("basedOnVersion", basedOnVersion, "effectiveDate", effectiveDate, "reason", "stake sale",
                "fromPartnerId", from, "toPartnerId", to, "percentage", new BigDecimal(percentage));
    }

    public static void setOwnership(String ventureId, Map<String, Object> input) {
        post(SET_OWNERSHIP, vars("ventureId", ventureId, "input", input)).body("errors", nullValue());
    }

    public static JsonPath ownership(String ventureId, String asOf) {
        return json(post(OWNERSHIP, vars("id", ventureId, "asOf", asOf)).body("errors", nullValue()));
    }

    public static int ledgerVersion(String ventureId) {
        return ownership(ventureId, null).getInt("data.venture.ownership.ledgerVersion");
    }
}
