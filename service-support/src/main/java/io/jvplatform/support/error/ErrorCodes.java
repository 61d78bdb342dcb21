package io.jvplatform.support.error;

/** The stable {@code extensions.code} values of the services' answers. */
public final class ErrorCodes {

    public static final String VALIDATION = "VALIDATION";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String CONFLICT = "CONFLICT";
    public static final String UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";

    private ErrorCodes() {
    }
}
