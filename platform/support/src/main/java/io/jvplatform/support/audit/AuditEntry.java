package io.jvplatform.support.audit;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.OffsetDateTime;
import java.util.List;

/** One recorded mutation, as the API shows it. Shareable: both subgraphs declare this type, the same. */
@Shareable
@Description("One write: who made it, when, in which request (traceId), to which object, and the changed fields")
public record AuditEntry(@NonNull OffsetDateTime at, @NonNull String actor, @NonNull String action,
                         @NonNull String objectType, @NonNull @Id String objectId,
                         @Description("The request's W3C trace id (32 hex digits); null when it was not traced")
                         String traceId,
                         @NonNull List<@NonNull AuditChange> changes) {
}
