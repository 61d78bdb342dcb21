package io.jvplatform.ventures.api;

import io.jvplatform.support.audit.AuditEntry;
import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.audit.Audited;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** A venture's audit trail: every write to it, its participants, phases and ownership; admins only. */
@GraphQLApi
@RolesAllowed(Roles.ADMIN)
@SecurityRefusals
public class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @Description("Every write to the venture, its participants, funding phases and ownership, newest first; "
            + "offset and limit (1..100) page through it. Admins only (FORBIDDEN otherwise). Append-only.")
    public List<List<@NonNull AuditEntry>> auditTrail(@Source List<Venture> ventures,
                                                              @Name("offset") @DefaultValue("0") Integer offset,
                                                              @Name("limit") @DefaultValue("20") Integer limit) {
        return audit.pages(Audited.VENTURE, OwnershipApi.ids(ventures), offset == null ? 0 : offset,
                limit == null ? 20 : limit);
    }
}
