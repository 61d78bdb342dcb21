package io.jvplatform.ventures.governance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A board's composition on a date: the seats in force then, and how many each partner appoints.
 * A seat is in force from its start date to its end date, both included (the end date is the
 * holder's last day), like a cap table as of a date.
 */
public record Board(LocalDate asOf, List<Seat> seats) {

    /** A seat: the partner appointing it, and its term. */
    public record Seat(UUID id, UUID partnerId, LocalDate startDate, LocalDate endDate) {

        public boolean inForceOn(LocalDate date) {
            return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
        }
    }

    /** The seats of {@code all} in force on {@code asOf}, in the given order. */
    public static Board of(LocalDate asOf, List<Seat> all) {
        return new Board(asOf, all.stream().filter(seat -> seat.inForceOn(asOf)).toList());
    }

    /** Seats per appointing partner, most seats first (then in the order of their first seat). */
    public Map<UUID, Integer> seatsByPartner() {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        seats.forEach(seat -> counts.merge(seat.partnerId(), 1, Integer::sum));
        Map<UUID, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed())
                .forEachOrdered(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** Exactly two partners appoint the seats in force, as many each: neither can outvote the other (as stake parity). */
    public boolean parity() {
        Map<UUID, Integer> counts = seatsByPartner();
        if (counts.size() != 2) {
            return false;
        }
        var values = List.copyOf(counts.values());
        return values.get(0).equals(values.get(1));
    }

    public boolean inForce(UUID seatId) {
        return seatId != null && seats.stream().anyMatch(seat -> seat.id().equals(seatId));
    }
}
