package io.jvplatform.partners.domain;

import io.jvplatform.support.text.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value, when present, is text a client may store: no control characters (line breaks and
 * tabs only where {@link #multiLine()}), no unpaired surrogates. The rule is service-support's
 * {@link PlainText}, shared with ventures-service; the message says what and where.
 */
@Documented
@Constraint(validatedBy = ValidText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidText {

    /** A description may span lines; a name or a code may not. */
    boolean multiLine() default false;

    String message() default "must be plain text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidText, String> {

        private boolean multiLine;

        @Override
        public void initialize(ValidText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return PlainText.problem(value, multiLine).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
