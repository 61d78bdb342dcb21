package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.VentureStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("VentureFilter")
public record VentureFilter(VentureStatus status,
                            @Description("site country, ISO 3166-1 alpha-2") String country,
                            String program,
                            @Description("holds a current stake or any role") @Id String partnerId,
                            @Description("part of the name, case-insensitive") String search) {
}
