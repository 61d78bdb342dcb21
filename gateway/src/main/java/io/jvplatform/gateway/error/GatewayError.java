package io.jvplatform.gateway.error;

import java.util.List;
import java.util.Map;

import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.error.ForbiddenException;
import io.jvplatform.support.error.UnauthenticatedException;

/**
 * Every error the gateway reports on purpose: one or more {@link ErrorDetail}s, each written as
 * one GraphQL error with our extensions at the path of the field that failed. Errors of a
 * downstream service are carried over as they came (message, code, field), so a client cannot
 * tell whether a rule lives in the gateway.
 */
public class GatewayError extends RuntimeException {

    private final transient List<ErrorDetail> details;

    public GatewayError(List<ErrorDetail> details) {
        super(details.get(0).message());
        this.details = List.copyOf(details);
    }

    public List<ErrorDetail> details() {
        return details;
    }

    public String code() {
        return details.get(0).code();
    }

    public static GatewayError validation(String field, String message) {
        return new GatewayError(List.of(new ErrorDetail(message, ErrorCodes.VALIDATION, field, null)));
    }

    /** A request refused for passing one of the gateway's limits; {@code extensions.limit} names it. */
    public static GatewayError limit(String limit, String field, String message) {
        return new GatewayError(List.of(new ErrorDetail(message, ErrorCodes.VALIDATION, field,
                limit == null ? null : Map.of("limit", limit))));
    }

    public static GatewayError upstreamUnavailable(String service) {
        return new GatewayError(List.of(new ErrorDetail(service + " is unavailable, try again later",
                ErrorCodes.UPSTREAM_UNAVAILABLE, null, Map.of("service", service))));
    }

    /** More requests than the gateway serves at once are waiting: this one is shed, to be retried shortly. */
    public static GatewayError overloaded() {
        return new GatewayError(List.of(new ErrorDetail("the gateway is at capacity, retry shortly",
                ErrorCodes.OVERLOADED, null, null)));
    }

    public static GatewayError notFound(String field, String message) {
        return new GatewayError(List.of(new ErrorDetail(message, ErrorCodes.NOT_FOUND, field, null)));
    }

    /** No token, or one that failed validation: the client must (re-)authenticate. */
    public static GatewayError unauthenticated() {
        return new GatewayError(List.of(new ErrorDetail(UnauthenticatedException.MESSAGE, ErrorCodes.UNAUTHENTICATED, null, null)));
    }

    /** A valid token whose roles do not allow the operation. */
    public static GatewayError forbidden() {
        return new GatewayError(List.of(new ErrorDetail(ForbiddenException.MESSAGE, ErrorCodes.FORBIDDEN, null, null)));
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Expected outcomes (bad input, a service down), not bugs: a stack trace is never shown
        // and would cost more than the error itself under load.
        return this;
    }
}
