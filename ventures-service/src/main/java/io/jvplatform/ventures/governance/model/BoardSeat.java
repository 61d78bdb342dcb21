package io.jvplatform.ventures.governance.model;

import io.jvplatform.ventures.api.model.Partner;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

@Description("A board seat appointed by a partner")
public record BoardSeat(@NonNull @Id String id,
                        @Description("The partner that appoints the seat") @NonNull Partner partner,
                        @Description("Null where the holder's name is not public") String holderName,
                        @NonNull LocalDate startDate,
                        @Description("The holder's last day (inclusive); null while the seat is held") LocalDate endDate,
                        @Description("The expectedVersion of endBoardSeat") int version) {
}
