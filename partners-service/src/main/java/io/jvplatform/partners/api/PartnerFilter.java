package io.jvplatform.partners.api;

import io.jvplatform.partners.domain.PartnerKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Narrows {@code partners(...)}; every criterion is optional and they combine with AND. */
@Input("PartnerFilter")
public record PartnerFilter(
        @Description("Part of the name, case-insensitive") String search,
        PartnerKind kind,
        @Description("ISO 3166-1 alpha-2") String country,
        @Description("Also list archived partners (default false)") Boolean includeArchived) {

    public static final PartnerFilter NONE = new PartnerFilter(null, null, null, null);
}
