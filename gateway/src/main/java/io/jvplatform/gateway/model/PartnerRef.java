package io.jvplatform.gateway.model;

/**
 * A partner as ventures-service knows it: only the id. The gateway resolves it to a full
 * {@link Partner} from partners-service (batched), so it never appears in the public schema.
 */
public record PartnerRef(String id) {

    public static String idOf(PartnerRef ref) {
        return ref == null ? null : ref.id();
    }
}
