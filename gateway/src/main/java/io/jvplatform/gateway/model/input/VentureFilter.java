package io.jvplatform.gateway.model.input;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.jvplatform.gateway.model.VentureStatus;

@Input("VentureFilter")
public record VentureFilter(
        VentureStatus status,
        @Description("Site country, ISO 3166-1 alpha-2") String country,
        String program,
        @Id @Description("Ventures in which this partner holds a current stake or any role") String partnerId,
        @Description("Part of the name, case-insensitive") String search) {

    /** {@code filter} (or none) narrowed to the ventures of {@code partnerId}. */
    public static VentureFilter ofPartner(VentureFilter filter, String partnerId) {
        return filter == null
                ? new VentureFilter(null, null, null, partnerId, null)
                : new VentureFilter(filter.status(), filter.country(), filter.program(), partnerId, filter.search());
    }
}
