package io.jvplatform.ventures.agreement;

import io.jvplatform.support.audit.AuditEntry;
import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.agreement.model.CapacityAgreement;
import io.jvplatform.ventures.audit.Audited;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * A capacity agreement's audit trail. An agreement belongs to no venture, so its writes are a trail of
 * their own rather than a part of {@code Venture.auditTrail}; admins only, as that one.
 */
@GraphQLApi
@RolesAllowed(Roles.ADMIN)
@SecurityRefusals
public class AgreementAuditApi {

    private final AuditTrail audit;

    AgreementAuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @Description("Every write to the agreement (createAgreement, updateAgreement), newest first; offset and limit (1..100) "
            + "page through it. Admins only (FORBIDDEN otherwise). Append-only.")
    public List<List<@NonNull AuditEntry>> auditTrail(@Source List<CapacityAgreement> agreements,
                                                      @Name("offset") @DefaultValue("0") Integer offset,
                                                      @Name("limit") @DefaultValue("20") Integer limit) {
        return audit.pages(Audited.CAPACITY_AGREEMENT, agreements.stream().map(CapacityAgreement::id).toList(),
                offset == null ? 0 : offset, limit == null ? 20 : limit);
    }
}
