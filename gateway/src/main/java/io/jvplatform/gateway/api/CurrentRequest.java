package io.jvplatform.gateway.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoaderRegistry;

import graphql.schema.DataFetchingEnvironment;
import io.jvplatform.gateway.security.Caller;
import io.smallrye.graphql.api.Context;

/** The GraphQL request being resolved: where its per-request loaders and its caller live. */
@ApplicationScoped
public class CurrentRequest {

    private final Context context;

    public CurrentRequest(Context context) {
        this.context = context;
    }

    /** Call synchronously in a resolver (before any async step): the context follows the field being resolved. */
    public DataLoaderRegistry loaders() {
        return environment().getDataLoaderRegistry();
    }

    /** Who sent the request (set when its execution starts); call synchronously, like {@link #loaders()}. */
    public Caller caller() {
        Caller caller = environment().getGraphQlContext().get(Caller.class);
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    private DataFetchingEnvironment environment() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
