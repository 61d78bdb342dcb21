package io.jvplatform.gateway.export;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A venture's cap table and ledger as two CSV files (RFC 4180: comma, CRLF, fields quoted when
 * they hold a comma, quote or line break): one row per stake as of the date, and one row per
 * ledger entry and holder. Two files rather than two sections in one: each opens as a plain table
 * in a spreadsheet, with one header row. Decimals with 4 places, dates ISO-8601.
 */
final class CapTableCsv {

    static final String CAP_TABLE_HEADER = "venture_id,venture_name,as_of,ledger_version,partner_id,partner_name,percentage";
    static final String LEDGER_HEADER = "venture_id,ledger_version,type,effective_date,recorded_at,actor,reason,"
            + "partner_id,partner_name,percentage,from_partner_id,to_partner_id";
    private static final String CRLF = "\r\n";

    private CapTableCsv() {
    }

    static String capTable(JsonNode venture) {
        JsonNode table = venture.get("ownership");
        StringBuilder csv = new StringBuilder(CAP_TABLE_HEADER).append(CRLF);
        for (JsonNode stake : table.get("stakes")) {
            row(csv, venture.get("id").asText(), venture.get("name").asText(), table.get("asOf").asText(),
                    table.get("ledgerVersion").asText(), stake.path("partner").path("id").asText(),
                    stake.path("partner").path("name").asText(""), OcfDocument.decimal(stake.get("percentage")));
        }
        return csv.toString();
    }

    /** A SET gives one row per stake of the new table; a TRANSFER one row, with its from and to. */
    static String ledger(JsonNode venture) {
        StringBuilder csv = new StringBuilder(LEDGER_HEADER).append(CRLF);
        String id = venture.get("id").asText();
        for (JsonNode entry : venture.get("ownershipHistory")) {
            String version = entry.get("version").asText();
            String type = entry.get("type").asText();
            String date = entry.get("effectiveDate").asText();
            String recorded = entry.get("recordedAt").asText();
            String actor = entry.get("actor").asText();
            String reason = entry.get("reason").asText();
            if ("SET".equals(type)) {
                for (JsonNode stake : entry.get("stakes")) {
                    row(csv, id, version, type, date, recorded, actor, reason, stake.path("partner").path("id").asText(),
                            stake.path("partner").path("name").asText(""), OcfDocument.decimal(stake.get("percentage")), "", "");
                }
            } else {
                row(csv, id, version, type, date, recorded, actor, reason, "", "", OcfDocument.decimal(entry.get("percentage")),
                        entry.path("from").path("id").asText(), entry.path("to").path("id").asText());
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            csv.append(i == 0 ? "" : ",").append(quoted(fields[i]));
        }
        csv.append(CRLF);
    }

    /**
     * RFC 4180 quoting; a field a spreadsheet would run as a formula (=, +, -, @ first) gets a
     * leading apostrophe inside the quotes, since names and reasons are free text. Decimals and
     * ids never start that way.
     */
    static String quoted(String field) {
        String value = field;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r") || !value.equals(field)) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
