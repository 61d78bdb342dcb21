package io.jvplatform.ventures.governance.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

@Input("BoardSeatInput")
public record BoardSeatInput(@NonNull @Id String partnerId, String holderName, @NonNull LocalDate startDate,
                             LocalDate endDate) {
}
