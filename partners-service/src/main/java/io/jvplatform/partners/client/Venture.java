package io.jvplatform.partners.client;

/** The little we need to know about a venture: enough to name it in an error message. */
public record Venture(String id, String name) {
}
