package io.jvplatform.partners.audit;

import io.jvplatform.support.audit.AuditTarget;

/** The objects of this service that the audit trail (service-support's {@code AuditTrail}) names. */
public final class Audited {

    public static final String PARTNER = "Partner";

    private Audited() {
    }

    public static AuditTarget partner(Object partnerId) {
        return AuditTarget.of(PARTNER, partnerId.toString());
    }
}
