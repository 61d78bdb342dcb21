package io.jvplatform.partners.api;

import io.jvplatform.partners.audit.Audited;
import io.jvplatform.support.audit.AuditEntry;
import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** A partner's audit trail: every write to it; admins only. */
@GraphQLApi
@RolesAllowed(Roles.ADMIN)
@SecurityRefusals
public class PartnerAuditApi {

    private final AuditTrail audit;

    PartnerAuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @Description("Every write to the partner (create, update, archive, restore), newest first; offset and limit "
            + "(1..100) page through it. Admins only (FORBIDDEN otherwise). Append-only.")
    public List<List<@NonNull AuditEntry>> auditTrail(@Source List<Partner> partners,
                                                              @Name("offset") @DefaultValue("0") Integer offset,
                                                              @Name("limit") @DefaultValue("20") Integer limit) {
        return audit.pages(Audited.PARTNER, partners.stream().map(Partner::id).toList(), offset == null ? 0 : offset,
                limit == null ? 20 : limit);
    }
}
