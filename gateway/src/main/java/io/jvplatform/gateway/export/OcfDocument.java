package io.jvplatform.gateway.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A venture's cap table and ledger in the shape of the Open Cap Table Format (OCF): one JSON
 * document holding the manifest's fields ({@code ocf_version}, {@code as_of}, {@code generated_at}),
 * the issuer (the venture), the stakeholders (every partner that held a stake, named by
 * partners-service), one stock class whose unit is one percentage point of the venture, and one
 * transaction per ledger entry in ledger order. Decimals are strings with 4 places ("50.0000").
 * <p>
 * OCF's transactions act on securities; a ledger entry acts on the whole table. A TRANSFER is
 * {@code TX_STOCK_TRANSFER} with the giving and receiving stakeholder; a SET, which OCF has no
 * object for, is {@code TX_CAP_TABLE_SET} carrying the whole table after it (every holding not
 * listed is zero). Replaying the transactions up to {@code as_of} gives {@code cap_table}.
 */
final class OcfDocument {

    static final String OCF_VERSION = "1.2.0";
    static final String STOCK_CLASS_ID = "percentage-points";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OcfDocument() {
    }

    /** From the answer of {@link VentureExport#QUERY}'s {@code venture}. */
    static ObjectNode of(JsonNode venture, Instant generatedAt) {
        JsonNode table = venture.get("ownership");
        ObjectNode document = JSON.objectNode();
        document.put("file_type", "OCF_MANIFEST_FILE");
        document.put("ocf_version", OCF_VERSION);
        document.put("as_of", table.get("asOf").asText());
        document.put("generated_at", generatedAt.toString());
        document.set("issuer", issuer(venture));
        document.set("stock_classes", JSON.arrayNode().add(stockClass()));
        Map<String, JsonNode> holders = new LinkedHashMap<>();
        JsonNode history = venture.get("ownershipHistory");
        history.forEach(entry -> {
            entry.path("stakes").forEach(stake -> remember(holders, stake.get("partner")));
            remember(holders, entry.get("from"));
            remember(holders, entry.get("to"));
        });
        ArrayNode stakeholders = document.putArray("stakeholders");
        holders.values().forEach(holder -> stakeholders.add(stakeholder(holder)));
        ArrayNode transactions = document.putArray("transactions");
        String ventureId = venture.get("id").asText();
        history.forEach(entry -> transactions.add(transaction(ventureId, entry)));
        ObjectNode capTable = document.putObject("cap_table");
        capTable.put("as_of", table.get("asOf").asText());
        capTable.put("ledger_version", table.get("ledgerVersion").asInt());
        ArrayNode holdings = capTable.putArray("holdings");
        table.get("stakes").forEach(stake -> holdings.add(holding(stake)));
        return document;
    }

    private static ObjectNode issuer(JsonNode venture) {
        ObjectNode issuer = JSON.objectNode();
        issuer.put("object_type", "ISSUER");
        issuer.put("id", venture.get("id").asText());
        issuer.put("legal_name", text(venture, "legalName", venture.get("name").asText()));
        issuer.put("dba", venture.get("name").asText());
        issuer.put("country_of_formation", venture.get("jurisdiction").asText());
        if (venture.hasNonNull("announcedDate")) {
            issuer.put("formation_date", venture.get("announcedDate").asText());
        }
        issuer.putArray("comments").add("status " + venture.get("status").asText())
                .add("ledger version " + venture.get("ledgerVersion").asInt());
        return issuer;
    }

    private static ObjectNode stockClass() {
        ObjectNode stockClass = JSON.objectNode();
        stockClass.put("object_type", "STOCK_CLASS");
        stockClass.put("id", STOCK_CLASS_ID);
        stockClass.put("name", "Percentage points of the venture");
        stockClass.put("class_type", "COMMON");
        stockClass.put("default_id_prefix", "PCT-");
        stockClass.put("initial_shares_authorized", "100.0000");
        stockClass.put("votes_per_share", "1");
        stockClass.put("seniority", "1");
        return stockClass;
    }

    private static void remember(Map<String, JsonNode> holders, JsonNode partner) {
        if (partner != null && partner.hasNonNull("id")) {
            holders.putIfAbsent(partner.get("id").asText(), partner);
        }
    }

    private static ObjectNode stakeholder(JsonNode partner) {
        ObjectNode stakeholder = JSON.objectNode();
        stakeholder.put("object_type", "STAKEHOLDER");
        stakeholder.put("id", partner.get("id").asText());
        ObjectNode name = stakeholder.putObject("name");
        name.put("legal_name", text(partner, "legalName", text(partner, "name", null)));
        stakeholder.put("stakeholder_type", "INSTITUTION");
        if (partner.hasNonNull("name")) {
            stakeholder.put("issuer_assigned_id", partner.get("name").asText());
        }
        if (partner.hasNonNull("lei")) {
            stakeholder.putArray("tax_ids").addObject().put("tax_id", partner.get("lei").asText())
                    .put("country", text(partner, "country", null));
        }
        return stakeholder;
    }

    private static ObjectNode transaction(String ventureId, JsonNode entry) {
        ObjectNode transaction = JSON.objectNode();
        boolean set = "SET".equals(entry.get("type").asText());
        transaction.put("object_type", set ? "TX_CAP_TABLE_SET" : "TX_STOCK_TRANSFER");
        transaction.put("id", ventureId + "-v" + entry.get("version").asInt());
        transaction.put("ledger_version", entry.get("version").asInt());
        transaction.put("date", entry.get("effectiveDate").asText());
        transaction.put("recorded_at", entry.get("recordedAt").asText());
        transaction.put("actor", entry.get("actor").asText());
        transaction.put("stock_class_id", STOCK_CLASS_ID);
        transaction.putArray("comments").add(entry.get("reason").asText());
        if (set) {
            ArrayNode holdings = transaction.putArray("holdings");
            entry.get("stakes").forEach(stake -> holdings.add(holding(stake)));
        } else {
            transaction.put("from_stakeholder_id", entry.path("from").path("id").asText());
            transaction.put("to_stakeholder_id", entry.path("to").path("id").asText());
            transaction.put("quantity", decimal(entry.get("percentage")));
        }
        return transaction;
    }

    private static ObjectNode holding(JsonNode stake) {
        return JSON.objectNode().put("stakeholder_id", stake.path("partner").path("id").asText())
                .put("quantity", decimal(stake.get("percentage")));
    }

    /** 4 places whether the service sent 50, 50.0 or "50.0000". */
    static String decimal(JsonNode value) {
        return new BigDecimal(value.asText()).setScale(4).toPlainString();
    }

    private static String text(JsonNode node, String field, String otherwise) {
        return node.hasNonNull(field) ? node.get(field).asText() : otherwise;
    }
}
