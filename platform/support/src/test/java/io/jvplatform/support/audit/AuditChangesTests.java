package io.jvplatform.support.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import org.eclipse.microprofile.graphql.Ignore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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

    enum Status { ANNOUNCED, ACTIVE }

    record Event(Status status, boolean archived, int ordinal, OffsetDateTime at, Map<String, Object> stakes) {
    }

    @Test
    void theSameSnapshotTwiceIsNoChangeAndSoAreTwoAbsentOnes() {
        Thing thing = new Thing("S", new Site("Narvik", "NO"), new BigDecimal("1.00"), LocalDate.of(2025, 1, 1), List.of("a"), "x");

        assertThat(AuditChanges.between(thing, thing)).isEmpty();
        assertThat(AuditChanges.between(null, null)).isEmpty();
    }

    @Test
    void aFieldTheApiHidesIsNeverRecorded() {
        Thing before = new Thing("S", null, null, null, null, "secret");
        Thing after = new Thing("S", null, null, null, null, "other secret");

        assertThat(AuditChanges.between(before, after)).isEmpty();
        assertThat(AuditChanges.between(null, after)).extracting(AuditChange::field).containsExactly("name");
    }

    @Test
    void aRemovalRecordsEveryFieldThatHadAValueAsGone() {
        Thing removed = new Thing("Stargate", new Site("Narvik", "NO"), new BigDecimal("50.0000"), null, List.of("a"), "x");

        assertThat(AuditChanges.between(removed, null)).containsExactly(
                new AuditChange("name", "\"Stargate\"", null),
                new AuditChange("site.name", "\"Narvik\"", null),
                new AuditChange("site.country", "\"NO\"", null),
                new AuditChange("share", "\"50.0000\"", null),
                new AuditChange("tags", "[\"a\"]", null));
    }

    @Test
    void aFieldThatIsClearedIsAChangeToNull() {
        Thing before = new Thing("S", null, new BigDecimal("10.00"), null, null, null);
        Thing after = new Thing("S", null, null, null, null, null);

        assertThat(AuditChanges.between(before, after)).containsExactly(new AuditChange("share", "\"10.00\"", null));
    }

    @Test
    void aMapEntryThatWasNullAndIsGoneIsNoChange() {
        Map<String, Object> before = new HashMap<>();
        before.put("note", null);
        before.put("name", "Aker");

        assertThat(AuditChanges.between(before, Map.of("name", "Aker"))).isEmpty();
    }

    @Test
    void aNestedMapThatEmptiesIsRecordedAsEmptyAndItsEntriesAsGone() {
        Map<String, Object> before = Map.of("stakes", Map.of("a", "100.0000"));
        Map<String, Object> after = Map.of("stakes", Map.of());

        assertThat(AuditChanges.between(before, after)).containsExactly(
                new AuditChange("stakes", null, "{}"),
                new AuditChange("stakes.a", "\"100.0000\"", null));
    }

    @Test
    void enumsBooleansAndNumbersAreWrittenAsJsonValues() {
        Event before = new Event(Status.ANNOUNCED, false, 1, null, null);
        Event after = new Event(Status.ACTIVE, true, 2, null, null);

        assertThat(AuditChanges.between(before, after)).containsExactly(
                new AuditChange("status", "\"ANNOUNCED\"", "\"ACTIVE\""),
                new AuditChange("archived", "false", "true"),
                new AuditChange("ordinal", "1", "2"));
    }

    @Test
    void aTimestampIsIsoTextWithItsOffsetNotANumber() {
        OffsetDateTime oslo = OffsetDateTime.of(2025, 7, 31, 10, 0, 0, 0, ZoneOffset.ofHours(2));

        assertThat(AuditChanges.between(null, new Event(null, false, 0, oslo, null)))
                .contains(new AuditChange("at", null, "\"2025-07-31T10:00:00+02:00\""));
    }

    @Test
    void deeplyNestedMapsBecomeDottedPaths() {
        Map<String, Object> before = Map.of("site", Map.of("address", Map.of("city", "Narvik", "zip", "8500")));
        Map<String, Object> after = Map.of("site", Map.of("address", Map.of("city", "Ballangen", "zip", "8500")));

        assertThat(AuditChanges.between(before, after)).containsExactly(
                new AuditChange("site.address.city", "\"Narvik\"", "\"Ballangen\""));
    }

    @Test
    void aListOfObjectsIsComparedWhole() {
        Map<String, Object> before = Map.of("sources", List.of(Map.of("title", "A")));
        Map<String, Object> after = Map.of("sources", List.of(Map.of("title", "A"), Map.of("title", "B")));

        assertThat(AuditChanges.between(before, after)).containsExactly(
                new AuditChange("sources", "[{\"title\":\"A\"}]", "[{\"title\":\"A\"},{\"title\":\"B\"}]"));
    }

    @Test
    void theChangesAreStoredAndReadBackAsTheyWere() throws Exception {
        List<AuditChange> changes = List.of(new AuditChange("name", "\"Stargate\"", "\"Stargate Norway\""),
                new AuditChange("stakes.a", null, "\"10.0000\""));

        String stored = AuditChanges.JSON.writeValueAsString(changes);

        assertThat(stored).isEqualTo("[{\"field\":\"name\",\"before\":\"\\\"Stargate\\\"\",\"after\":\"\\\"Stargate Norway\\\"\"},"
                + "{\"field\":\"stakes.a\",\"before\":null,\"after\":\"\\\"10.0000\\\"\"}]");
        assertThat(AuditChanges.JSON.readValue(stored, new TypeReference<List<AuditChange>>() {
        })).isEqualTo(changes);
    }
}
