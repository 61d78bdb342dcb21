package io.jvplatform.gateway.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoaderRegistry;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** The GraphQL request being resolved: where its per-request loaders live. */
@ApplicationScoped
public class CurrentRequest {

    private final Context context;

    public CurrentRequest(Context context) {
        this.context = context;
    }

    /** Call synchronously in a resolver (before any async step): the context follows the field being resolved. */
    public DataLoaderRegistry loaders() {
        return context.unwrap(DataFetchingEnvironment.class).getDataLoaderRegistry();
    }
}
