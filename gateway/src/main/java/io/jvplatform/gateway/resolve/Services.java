package io.jvplatform.gateway.resolve;

import jakarta.enterprise.context.ApplicationScoped;

import io.jvplatform.gateway.client.PartnersService;
import io.jvplatform.gateway.client.VenturesService;

/** What a resolution calls: the two services' facades, and the paging rule. */
@ApplicationScoped
public class Services {

    private final VenturesService ventures;
    private final PartnersService partners;
    private final Paging paging;

    public Services(VenturesService ventures, PartnersService partners, Paging paging) {
        this.ventures = ventures;
        this.partners = partners;
        this.paging = paging;
    }

    VenturesService ventures() {
        return ventures;
    }

    PartnersService partners() {
        return partners;
    }

    Paging paging() {
        return paging;
    }
}
