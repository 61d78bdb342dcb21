package io.jvplatform.support.audit;

import org.eclipse.microprofile.graphql.Ignore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangesTests {

    record Site(String name, String country) {
    }

    record Thing(String name, Site site, BigDecimal share, LocalDate date, List<String> tags, @Ignore String internal) {
    }

    @Test
    void onlyTheChangedFieldsAreRecordedWithTheirValuesAsJson() {
        Thing before = new Thing("Stargate", new Site("Narvik", "NO"), new BigDecimal("50.0000"), LocalDate.of(2025, 7, 31),
                List.of("a"), "x");
        Thing after = new Thing("Stargate Norway", new Site("Narvik", "SE"), new BigDecimal("50.0000"),
                LocalDate.of(2025, 8, 1), List.of("a", "b"), "y");

        assertThat(AuditChanges.between(before, after)).containsExactly(
                new AuditChange("name", "\"Stargate\"", "\"Stargate Norway\""),
                new AuditChange("site.country", "\"NO\"", "\"SE\""),
                new AuditChange("date", "\"2025-07-31\"", "\"2025-08-01\""),
                new AuditChange("tags", "[\"a\"]", "[\"a\",\"b\"]"));
    }

    @Test
    void aCreationRecordsEveryFieldThatHasAValueAndDecimalsKeepTheirScale() {
        Thing created = new Thing("Stargate", null, new BigDecimal("33.3300"), null, List.of(), "x");

        assertThat(AuditChanges.between(null, created)).containsExactly(
                new AuditChange("name", null, "\"Stargate\""),
                new AuditChange("share", null, "\"33.3300\""),
                new AuditChange("tags", null, "[]"));
    }

    @Test
    void mapsAreComparedKeyByKeySoATransferNamesTheTwoStakesItMoved() {
        Map<String, Object> before = Map.of("stakes", Map.of("a", "50.0000", "b", "50.0000", "c", "0.0000"));
        Map<String, Object> after = Map.of("stakes", Map.of("a", "40.0000", "b", "50.0000", "d", "10.0000"));

        assertThat(AuditChanges.between(before, after)).containsExactlyInAnyOrder(
                new AuditChange("stakes.a", "\"50.0000\"", "\"40.0000\""),
                new AuditChange("stakes.d", null, "\"10.0000\""),
                new AuditChange("stakes.c", "\"0.0000\"", null));
    }

    @Test
    void aNestedObjectThatDisappearsRecordsEachOfItsFieldsAsGone() {
        Thing before = new Thing("S", new Site("Narvik", null), null, null, null, null);
        Thing after = new Thing("S", null, null, null, null, null);

        assertThat(AuditChanges.between(before, after)).containsExactly(new AuditChange("site.name", "\"Narvik\"", null));
    }

    @Test
    void aTraceparentHeaderGivesItsTraceIdAndAMalformedOrAllZeroOneNone() {
        assertThat(TraceIds.fromHeader("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(TraceIds.fromHeader("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceIds.fromHeader("not a traceparent")).isNull();
        assertThat(TraceIds.fromHeader(null)).isNull();
    }
}
