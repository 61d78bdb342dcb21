package io.jvplatform.gateway.resolve;

/** A page of a connection as the services understand it: offset and limit. */
public record PageRequest(int offset, int limit) {
}
