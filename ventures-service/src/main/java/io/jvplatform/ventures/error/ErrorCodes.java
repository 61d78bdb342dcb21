package io.jvplatform.ventures.error;

/** The stable {@code extensions.code} values of the platform (contracts.md, "Errors"). */
public final class ErrorCodes {

    public static final String VALIDATION = "VALIDATION";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String CONFLICT = "CONFLICT";
    public static final String UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE";

    private ErrorCodes() {
    }
}
