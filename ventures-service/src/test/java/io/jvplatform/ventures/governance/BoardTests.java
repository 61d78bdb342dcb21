package io.jvplatform.ventures.governance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BoardTests {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2025, 7, 31);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    private static Board.Seat seat(UUID partner, LocalDate start, LocalDate end) {
        return new Board.Seat(UUID.randomUUID(), partner, start, end);
    }

    @Test
    void aSeatIsInForceFromItsStartToItsLastDayBothIncluded() {
        Board.Seat seat = seat(A, START, END);

        assertThat(seat.inForceOn(START.minusDays(1))).isFalse();
        assertThat(seat.inForceOn(START)).isTrue();
        assertThat(seat.inForceOn(END)).isTrue();
        assertThat(seat.inForceOn(END.plusDays(1))).isFalse();
        assertThat(seat(A, START, null).inForceOn(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    void theCompositionOnADateHasOnlyTheSeatsInForceThen() {
        List<Board.Seat> seats = List.of(seat(A, START, null), seat(B, START, END), seat(B, END.plusDays(1), null),
                seat(C, END.plusDays(10), null));

        assertThat(Board.of(START, seats).seats()).hasSize(2);
        assertThat(Board.of(START, seats).parity()).isTrue();
        assertThat(Board.of(END.plusDays(1), seats).parity()).isTrue();
        assertThat(Board.of(END.plusDays(10), seats).seatsByPartner()).containsOnlyKeys(A, B, C);
        assertThat(Board.of(END.plusDays(10), seats).parity()).isFalse();
    }

    /** Seats appointed by A, B and C, as counts. */
    @ParameterizedTest(name = "A {0}, B {1}, C {2}: parity {3}")
    @CsvSource({
            "2, 2, 0, true",
            "1, 1, 0, true",
            "3, 2, 0, false",
            "2, 0, 0, false",
            "0, 0, 0, false",
            "1, 1, 1, false",
    })
    void seatParityIsTwoPartnersWithAsManySeatsEach(int a, int b, int c, boolean parity) {
        List<Board.Seat> seats = new ArrayList<>();
        for (int i = 0; i < a; i++) seats.add(seat(A, START, null));
        for (int i = 0; i < b; i++) seats.add(seat(B, START, null));
        for (int i = 0; i < c; i++) seats.add(seat(C, START, null));

        assertThat(Board.of(START, seats).parity()).isEqualTo(parity);
    }

    @Test
    void partnersAreListedMostSeatsFirst() {
        List<Board.Seat> seats = List.of(seat(A, START, null), seat(B, START, null), seat(B, START, null));

        assertThat(Board.of(START, seats).seatsByPartner()).containsExactly(
                java.util.Map.entry(B, 2), java.util.Map.entry(A, 1));
    }

    @Test
    void partnersWithAsManySeatsAreListedInTheOrderOfTheirFirstSeat() {
        List<Board.Seat> seats = List.of(seat(C, START, null), seat(A, START, null), seat(B, START, null), seat(A, START, null),
                seat(C, START, null), seat(B, START, null));

        assertThat(Board.of(START, seats).seatsByPartner().keySet()).containsExactly(C, A, B);
    }

    @Test
    void aBoardKeepsTheOrderOfTheSeatsItWasGiven() {
        Board.Seat late = seat(B, START.plusDays(5), null);
        Board.Seat early = seat(A, START, null);

        assertThat(Board.of(END, List.of(late, early)).seats()).containsExactly(late, early);
    }

    @Test
    void onlyASeatInForceOnTheBoardsDateIsInForce() {
        Board.Seat held = seat(A, START, null);
        Board.Seat ended = seat(B, START, END);
        Board board = Board.of(END.plusDays(1), List.of(held, ended));

        assertThat(board.inForce(held.id())).isTrue();
        assertThat(board.inForce(ended.id())).isFalse();
        assertThat(board.inForce(UUID.randomUUID())).isFalse();
        assertThat(board.inForce(null)).as("no chair").isFalse();
    }

    @Test
    void theSameSeatsAreCountedAnewOnEachDate() {
        List<Board.Seat> seats = List.of(seat(A, START, null), seat(B, START, END), seat(B, START, null));

        assertThat(Board.of(END, seats).seatsByPartner()).containsExactly(java.util.Map.entry(B, 2), java.util.Map.entry(A, 1));
        assertThat(Board.of(END, seats).parity()).isFalse();
        assertThat(Board.of(END.plusDays(1), seats).parity()).as("B's first seat ended on END").isTrue();
        assertThat(Board.of(START.minusDays(1), seats).seats()).isEmpty();
        assertThat(Board.of(START.minusDays(1), seats).parity()).isFalse();
    }
}
