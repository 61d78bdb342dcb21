package io.jvplatform.support.error;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graphql-java error rewritten as a client reads it: message, locations, path and our
 * extensions, nothing else. Not graphql-java's builder: that one always adds
 * {@code extensions.classification}, the name of graphql-java's error type, which the code
 * replaces. Its error type is the code, never graphql-java's {@code ValidationError}, which
 * Quarkus would answer with HTTP 400 where our services answer 200 with the error.
 */
public record ClientError(String message, List<SourceLocation> locations, List<Object> path,
                          Map<String, Object> extensions) implements GraphQLError {

    /** A refused input value: {@code VALIDATION} at {@code field}, without a result path. */
    public static ClientError invalidInput(String message, String field, List<SourceLocation> locations) {
        return new ClientError(message, locations, null, new ErrorDetail(message, ErrorCodes.VALIDATION, field, null).extensions());
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(String.valueOf(extensions.get("code")));
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> specification = new LinkedHashMap<>();
        specification.put("message", message);
        if (locations != null && !locations.isEmpty()) {
            specification.put("locations", locations.stream()
                    .map(location -> Map.of("line", location.getLine(), "column", location.getColumn())).toList());
        }
        if (path != null) {
            specification.put("path", path);
        }
        specification.put("extensions", extensions);
        return specification;
    }
}
