package io.jvplatform.support.audit;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One changed field: its path in the object ({@code name}, {@code site.country},
 * {@code stakes.<partnerId>}) and its values before and after as JSON text ({@code "\"Stargate\""},
 * {@code "\"50.0000\""}, {@code "[...]"}); null where the field had no value. Shareable: both
 * subgraphs declare this type, the same.
 */
@Shareable
@Description("A changed field; before and after are JSON texts (null where the field had no value)")
public record AuditChange(@NonNull String field, String before, String after) {
}
