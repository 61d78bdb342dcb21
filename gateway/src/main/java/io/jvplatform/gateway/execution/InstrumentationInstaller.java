package io.jvplatform.gateway.execution;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.jvplatform.gateway.access.Paging;
import io.jvplatform.gateway.access.PartnerAccess;
import io.jvplatform.gateway.access.VentureAccess;
import io.jvplatform.gateway.config.GatewayConfig;
import io.jvplatform.gateway.security.Callers;

/**
 * Puts {@link GatewayInstrumentation} in front of SmallRye GraphQL's own instrumentations
 * (depth, complexity, its document cache) when the GraphQL engine is built. SmallRye fires the
 * builder as a CDI event ({@code quarkus.smallrye-graphql.events.enabled=true}) but offers no
 * getter for what it already installed, hence the one reflective read: replacing it would
 * drop the depth and complexity limits.
 */
@ApplicationScoped
public class InstrumentationInstaller {

    private final GatewayConfig config;
    private final Paging paging;
    private final VentureAccess ventures;
    private final PartnerAccess partners;
    private final Callers callers;

    public InstrumentationInstaller(GatewayConfig config, Paging paging, VentureAccess ventures, PartnerAccess partners,
            Callers callers) {
        this.config = config;
        this.paging = paging;
        this.ventures = ventures;
        this.partners = partners;
        this.callers = callers;
    }

    void install(@Observes GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(new GatewayInstrumentation(new QueryLimits(config.limits(), paging), ventures, partners, callers));
        Instrumentation installed = installed(builder);
        if (installed != null) {
            chain.add(installed);
        }
        builder.instrumentation(new ChainedInstrumentation(chain));
    }

    private static Instrumentation installed(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return (Instrumentation) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the instrumentation SmallRye GraphQL installed", e);
        }
    }
}
