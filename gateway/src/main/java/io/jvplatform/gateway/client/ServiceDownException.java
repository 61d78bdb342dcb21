package io.jvplatform.gateway.client;

/**
 * A service that refused the connection: it is down (or not there), not busy. Only this counts
 * for the circuit breakers: a busy service answers late, and opening a breaker on our own load
 * would turn a slow platform into one that answers nobody.
 */
public class ServiceDownException extends RuntimeException {

    public ServiceDownException(String service, Throwable cause) {
        super(service + " refused the connection", cause);
    }
}
