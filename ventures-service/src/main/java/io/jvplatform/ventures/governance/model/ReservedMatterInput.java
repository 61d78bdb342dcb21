package io.jvplatform.ventures.governance.model;

import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.governance.ApprovalRule;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

@Input("ReservedMatterInput")
public record ReservedMatterInput(@NonNull String title, @NonNull ApprovalRule approval, BigDecimal thresholdPercent,
                                  Money above, String description) {
}
