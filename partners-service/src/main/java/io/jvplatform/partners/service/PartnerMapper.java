package io.jvplatform.partners.service;

import io.jvplatform.partners.api.Partner;
import io.jvplatform.partners.api.PartnerInput;
import io.jvplatform.partners.persistence.PartnerEntity;

/** Entity to API record and input onto entity; the only place that knows both shapes. */
final class PartnerMapper {

    private PartnerMapper() {
    }

    static Partner toPartner(PartnerEntity entity) {
        return new Partner(entity.id.toString(), entity.name, entity.legalName, entity.lei, entity.country,
                entity.kind, entity.website, entity.description, entity.archived, entity.version);
    }

    static void apply(PartnerInput input, PartnerEntity entity) {
        entity.name = input.name();
        entity.legalName = input.legalName();
        entity.lei = input.lei();
        entity.country = input.country();
        entity.kind = input.kind();
        entity.website = input.website();
        entity.description = input.description();
    }
}
