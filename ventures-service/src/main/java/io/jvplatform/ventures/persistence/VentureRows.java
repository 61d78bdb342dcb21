package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.ParticipantRole;
import io.jvplatform.ventures.domain.VentureStatus;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.UUID;

/**
 * The one SELECT behind every venture read: the row with its sources, roles and current holdings
 * aggregated into it, and the number of rows matched before paging ({@code count(*) over ()}), so a
 * page of ventures is one round trip whatever its size. Rows become detached entities: read-only
 * values never attached to a session (reads run without a transaction and write nothing).
 */
final class VentureRows {

    static final String SELECT = """
            select v.id, v.name, v.legal_name, v.jurisdiction, v.site_name, v.site_region, v.site_country, v.program,
                   v.status, v.announced_date, v.renewable_share, v.energy_source, v.cooling, v.description, v.version,
                   v.ledger_version, v.ledger_effective_date,
                   cast((select json_agg(json_build_array(s.title, s.url, s.source_date) order by s.position)
                         from venture_source s where s.venture_id = v.id) as text),
                   cast((select json_agg(json_build_array(p.partner_id, p.role))
                         from participant p where p.venture_id = v.id) as text),
                   cast((select json_agg(json_build_array(h.partner_id, cast(h.percentage as text)))
                         from stake_holding h where h.venture_id = v.id) as text),
                   count(*) over ()
            from venture v
            """;

    /** Ventures in which the partner bound to {@code :parameter} (one id or a list) holds a current stake or any role. */
    static String involving(String parameter) {
        return "(v.id in (select h.venture_id from stake_holding h where h.partner_id in (:" + parameter + "))"
                + " or v.id in (select p.venture_id from participant p where p.partner_id in (:" + parameter + ")))";
    }

    static final String ORDER = " order by v.name, v.id";

    private VentureRows() {
    }

    static VentureEntity venture(Object[] row) {
        VentureEntity venture = new VentureEntity();
        venture.id = (UUID) row[0];
        venture.name = (String) row[1];
        venture.legalName = (String) row[2];
        venture.jurisdiction = (String) row[3];
        venture.siteName = (String) row[4];
        venture.siteRegion = (String) row[5];
        venture.siteCountry = (String) row[6];
        venture.program = (String) row[7];
        venture.status = VentureStatus.valueOf((String) row[8]);
        venture.announcedDate = JsonColumns.date(row[9]);
        venture.renewableShare = (BigDecimal) row[10];
        venture.energySource = (String) row[11];
        venture.cooling = (String) row[12];
        venture.description = (String) row[13];
        venture.version = ((Number) row[14]).intValue();
        venture.ledgerVersion = ((Number) row[15]).intValue();
        venture.ledgerEffectiveDate = JsonColumns.date(row[16]);
        venture.sources = JsonColumns.list(row[17], s -> new SourceEmbeddable(
                JsonColumns.text(s.get(0)), JsonColumns.text(s.get(1)), JsonColumns.date(s.get(2))));
        venture.participants = new HashSet<>(JsonColumns.list(row[18], p -> new ParticipantEmbeddable(
                JsonColumns.uuid(p.get(0)), ParticipantRole.valueOf(p.get(1).asText()))));
        venture.currentStakes = new HashSet<>(JsonColumns.list(row[19], h -> new StakeEmbeddable(
                JsonColumns.uuid(h.get(0)), JsonColumns.decimal(h.get(1)))));
        return venture;
    }

    static long matched(Object[] row) {
        return ((Number) row[20]).longValue();
    }
}
