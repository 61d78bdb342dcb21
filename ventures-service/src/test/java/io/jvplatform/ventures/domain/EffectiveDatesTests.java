package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When an ownership change may take effect: not after the recording day (UTC), not before the latest entry, not before 1900. */
class EffectiveDatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    private static final LocalDate LATEST = LocalDate.of(2025, 7, 31);

    @ParameterizedTest(name = "{0} with latest {1}")
    @CsvSource(nullValues = "none", value = {
            "2026-02-01, none",       // today, on an empty ledger
            "2026-02-01, 2025-07-31", // today
            "2025-07-31, 2025-07-31", // the same day as the latest entry: several changes on one day
            "2025-08-01, 2025-07-31",
            "1900-01-01, none",       // the floor itself
            "2026-02-01, 2026-02-01"})
    void aDateFromTheLatestEntryUpToTodayIsAccepted(LocalDate effective, LocalDate latest) {
        assertThatCode(() -> EffectiveDates.check(effective, latest, TODAY)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "tomorrow                        | 2026-02-02 | 2025-07-31 | is in the future (today is 2026-02-01 UTC)",
            "the year 9999 that froze a ledger | 9999-12-31 | none     | is in the future",
            "the day before the latest entry | 2025-07-30 | 2025-07-31 | is before the latest ledger entry's (2025-07-31)",
            "a typing accident               | 0025-07-31 | none       | is before 1900-01-01",
            "the day before the floor        | 1899-12-31 | none       | is before 1900-01-01"})
    void anyOtherDateIsRefusedOnTheEffectiveDateField(String rule, LocalDate effective, LocalDate latest, String reason) {
        assertThatThrownBy(() -> EffectiveDates.check(effective, latest, TODAY))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("input.effectiveDate");
    }

    @Test
    void aFutureDateIsReportedBeforeAnOutOfOrderOne() {
        assertThatThrownBy(() -> EffectiveDates.check(TODAY.plusDays(1), TODAY.plusDays(5), TODAY))
                .hasMessageContaining("in the future");
    }

    @ParameterizedTest(name = "{0} is recorded on {1}")
    @CsvSource({
            "2026-02-01T23:30:00-05:00, 2026-02-02", // evening in New York is the next day in UTC
            "2026-02-02T00:30:00+02:00, 2026-02-01", // just after midnight in Oslo is still the day before
            "2026-02-01T00:00:00Z,      2026-02-01",
            "2026-02-01T23:59:59.999Z,  2026-02-01"})
    void theRecordingDayIsTheUtcDateOfTheInstant(OffsetDateTime recordedAt, LocalDate day) {
        assertThat(EffectiveDates.recordingDay(recordedAt)).isEqualTo(day);
    }

    @Test
    void todayIsAlwaysAValidDateForTheNextChange() {
        OffsetDateTime now = OffsetDateTime.of(2026, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        LocalDate today = EffectiveDates.recordingDay(now);
        for (LocalDate latest = EffectiveDates.EARLIEST; latest.isBefore(today); latest = latest.plusYears(7)) {
            LocalDate accepted = latest;
            assertThatCode(() -> EffectiveDates.check(today, accepted, today)).doesNotThrowAnyException();
        }
        assertThatCode(() -> EffectiveDates.check(today, today, today)).doesNotThrowAnyException();
    }
}
