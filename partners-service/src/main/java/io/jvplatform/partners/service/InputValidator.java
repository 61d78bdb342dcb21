package io.jvplatform.partners.service;

import io.jvplatform.support.error.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;

/**
 * Runs Bean Validation on an input record and turns the first violation into a
 * {@code VALIDATION} error whose field is the path the client wrote ({@code input.lei}).
 * We validate here rather than with {@code @Valid} on the GraphQL method because SmallRye turns
 * method-validation failures into errors without our {@code code}/{@code field} extensions.
 */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** @param argument the GraphQL argument name the input arrived in, e.g. {@code input} */
    public <T> void check(String argument, T input) {
        validator.validate(input).stream()
                // several rules can fail at once; reporting them in path order keeps the answer stable
                .min(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String field = argument + "." + violation.getPropertyPath();
                    throw new ValidationException(field, field + " " + violation.getMessage());
                });
    }
}
