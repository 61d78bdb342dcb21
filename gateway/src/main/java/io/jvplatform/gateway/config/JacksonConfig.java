package io.jvplatform.gateway.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Money and percentages arrive from the services as JSON numbers: read them as exact
 * decimals, keeping their scale (500000000.00 stays 500000000.00, never 5.0E8), so that the
 * services' answers pass through the gateway unchanged.
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        // and write them as they are: 1E+9 would be a valid number but not what a client sent
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
