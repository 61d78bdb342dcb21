package io.jvplatform.gateway.model;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

public record Commitment(@Ignore PartnerRef partnerRef, @NonNull BigDecimal percentage, @NonNull Money amount) {
}
