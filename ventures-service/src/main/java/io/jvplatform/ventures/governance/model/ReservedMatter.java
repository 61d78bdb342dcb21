package io.jvplatform.ventures.governance.model;

import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.governance.ApprovalRule;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

@Description("A decision that needs unanimity of the owners or a named threshold of seats or stakes")
public record ReservedMatter(@NonNull @Id String id, @NonNull String title, @NonNull ApprovalRule approval,
                             @Description("SEATS or STAKES: at least this percentage (4 decimals) must approve; null for UNANIMOUS")
                             BigDecimal thresholdPercent,
                             @Description("The matter applies above this amount (e.g. a capital call above USD 100 m); null: always")
                             Money above,
                             String description) {
}
