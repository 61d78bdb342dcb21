package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

import java.util.Map;

/**
 * A peer service did not answer (down, hung, refusing): nothing was written, try again later.
 * The gateway names the service in {@code extensions.service}; a service says it in its message.
 */
@ErrorCode(ErrorCodes.UPSTREAM_UNAVAILABLE)
public class UpstreamUnavailableException extends ApiException {

    public static final String KEY = "service";

    private final String service;

    public UpstreamUnavailableException(String message) {
        this(null, message);
    }

    public UpstreamUnavailableException(String service, String message) {
        super(null, message);
        this.service = service;
    }

    /** The gateway's answer for a service that did not answer. */
    public static UpstreamUnavailableException of(String service) {
        return new UpstreamUnavailableException(service, service + " is unavailable, try again later");
    }

    /** The peer that did not answer, e.g. {@code partners-service}; may be null. */
    public String service() {
        return service;
    }

    @Override
    public Map<String, Object> extensions() {
        return service == null ? Map.of() : Map.of(KEY, service);
    }
}
