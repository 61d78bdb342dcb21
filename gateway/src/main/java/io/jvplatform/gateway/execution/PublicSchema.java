package io.jvplatform.gateway.execution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * The public schema, built from {@code gateway/schema.graphql}: that file is the contract web
 * clients build against and the source the gateway runs on (no code declares a type). It has
 * no data fetchers: graphql-java parses, validates and coerces against it, the gateway's
 * resolution delegates the data to the services.
 */
@ApplicationScoped
public class PublicSchema {

    private static final String RESOURCE = "/schema.graphql";

    private final String text;
    private final GraphQLSchema schema;

    public PublicSchema() {
        this.text = read();
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(Scalars.BIG_DECIMAL).scalar(Scalars.DATE).scalar(Scalars.DATE_TIME)
                .build();
        this.schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(text), wiring);
    }

    public GraphQLSchema schema() {
        return schema;
    }

    /** The schema as written, served at {@code /graphql/schema.graphql}. */
    public String text() {
        return text;
    }

    private static String read() {
        try (InputStream in = PublicSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
