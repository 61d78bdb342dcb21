package io.jvplatform.gateway.model;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

public record Stake(
        @Ignore PartnerRef partnerRef,
        @NonNull @Description("Percentage, 4 decimals") BigDecimal percentage) {
}
