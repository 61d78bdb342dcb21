package io.jvplatform.gateway.resolve;

import jakarta.enterprise.context.ApplicationScoped;

import io.jvplatform.gateway.client.PartnersSubgraph;
import io.jvplatform.gateway.client.VenturesSubgraph;

/** What a resolution calls: the two services' facades, and the paging rule. */
@ApplicationScoped
public class Services {

    private final VenturesSubgraph ventures;
    private final PartnersSubgraph partners;
    private final Paging paging;

    public Services(VenturesSubgraph ventures, PartnersSubgraph partners, Paging paging) {
        this.ventures = ventures;
        this.partners = partners;
        this.paging = paging;
    }

    VenturesSubgraph ventures() {
        return ventures;
    }

    PartnersSubgraph partners() {
        return partners;
    }

    Paging paging() {
        return paging;
    }
}
