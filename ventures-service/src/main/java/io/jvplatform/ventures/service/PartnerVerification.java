package io.jvplatform.ventures.service;

import io.jvplatform.support.error.ValidationException;
import io.jvplatform.ventures.client.PartnerDirectory;
import io.jvplatform.ventures.client.PartnerStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/**
 * The rule "a partner written into a stake or a role exists and is not archived". Partners live in
 * partners-service, so this asks it (one batched call) before anything is written.
 */
@ApplicationScoped
public class PartnerVerification {

    private final PartnerDirectory directory;

    PartnerVerification(PartnerDirectory directory) {
        this.directory = directory;
    }

    /** @param partnersByField partner ids keyed by the input field that names them, in input order */
    public void requireActive(Map<String, UUID> partnersByField) {
        if (partnersByField.isEmpty()) {
            return;
        }
        Map<UUID, PartnerStatus> statuses = directory.statusOf(partnersByField.values());
        partnersByField.forEach((field, id) -> {
            switch (statuses.getOrDefault(id, PartnerStatus.UNKNOWN)) {
                case UNKNOWN -> throw new ValidationException(field, "no partner with id " + id);
                case ARCHIVED -> throw new ValidationException(field, "partner " + id + " is archived");
                case ACTIVE -> {
                }
            }
        });
    }

    public void requireActive(String field, UUID partnerId) {
        requireActive(Map.of(field, partnerId));
    }
}
