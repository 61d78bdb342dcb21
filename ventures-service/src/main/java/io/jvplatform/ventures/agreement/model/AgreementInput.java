package io.jvplatform.ventures.agreement.model;

import io.jvplatform.ventures.agreement.AgreementStatus;
import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.api.model.Source;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Input("AgreementInput")
public record AgreementInput(@NonNull String name, String program, @NonNull AgreementStatus status, BigDecimal capacityMw,
                             Money value, LocalDate announcedDate, LocalDate startDate, LocalDate endDate,
                             String description, @NonNull List<@NonNull AgreementPartyInput> parties,
                             @Nullable List<@NonNull Source> sources) {
}
