package io.jvplatform.ventures.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "board_seat")
public class BoardSeatEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venture_id", nullable = false)
    public UUID ventureId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "holder_name", length = 200)
    public String holderName;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(nullable = false)
    public int version;

    Board.Seat toSeat() {
        return new Board.Seat(id, partnerId, startDate, endDate);
    }
}
