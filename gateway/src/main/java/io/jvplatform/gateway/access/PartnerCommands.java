package io.jvplatform.gateway.access;

import static io.jvplatform.gateway.client.Json.variables;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jvplatform.gateway.client.DownstreamOperation;
import io.jvplatform.gateway.client.Json;
import io.jvplatform.gateway.client.PartnersDocuments;
import io.jvplatform.gateway.client.PartnersService;
import io.jvplatform.gateway.model.Partner;
import io.jvplatform.gateway.model.input.PartnerInput;
import io.jvplatform.gateway.security.Caller;
import io.smallrye.mutiny.Uni;

/** The partner writes, forwarded to partners-service with its errors intact. */
@ApplicationScoped
public class PartnerCommands {

    private final PartnersService partners;
    private final Json json;

    public PartnerCommands(PartnersService partners, Json json) {
        this.partners = partners;
        this.json = json;
    }

    public Uni<Partner> createPartner(Caller caller, PartnerInput input) {
        return send(caller, PartnersDocuments.CREATE_PARTNER, variables("input", input), "createPartner");
    }

    public Uni<Partner> updatePartner(Caller caller, String id, int expectedVersion, PartnerInput input) {
        return send(caller, PartnersDocuments.UPDATE_PARTNER,
                variables("id", id, "expectedVersion", expectedVersion, "input", input), "updatePartner");
    }

    public Uni<Partner> archivePartner(Caller caller, String id, int expectedVersion) {
        return send(caller, PartnersDocuments.ARCHIVE_PARTNER, variables("id", id, "expectedVersion", expectedVersion),
                "archivePartner");
    }

    public Uni<Partner> restorePartner(Caller caller, String id, int expectedVersion) {
        return send(caller, PartnersDocuments.RESTORE_PARTNER, variables("id", id, "expectedVersion", expectedVersion),
                "restorePartner");
    }

    private Uni<Partner> send(Caller caller, DownstreamOperation operation, Map<String, Object> variables, String field) {
        return partners.execute(caller, operation, variables).map(data -> json.read(data.get(field), Partner.class));
    }
}
