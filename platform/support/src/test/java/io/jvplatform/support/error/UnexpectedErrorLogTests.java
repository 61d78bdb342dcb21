package io.jvplatform.support.error;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers to the client are not incidents: only what is not an ApiException reaches the operator's log. */
class UnexpectedErrorLogTests {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(UnexpectedErrorLog.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("a refused input", new ValidationException("input.name", "name is required")),
                Arguments.of("a stale version", new ConflictException("basedOnVersion", "the ledger moved on")),
                Arguments.of("a wrapped refusal", new RuntimeException(new NotFoundException("venture", "no such venture"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void anAnswerToTheClientIsNotLogged(String kind, Throwable error) {
        new UnexpectedErrorLog().errorDataFetch((io.smallrye.graphql.api.Context) null, error);

        assertThat(logged).isEmpty();
    }

    @Test
    void anythingElseIsLoggedAsAnErrorWithItsCause() {
        IllegalStateException bug = new IllegalStateException("bug");

        new UnexpectedErrorLog().errorDataFetch((io.smallrye.graphql.api.Context) null, bug);

        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).getLevel()).isEqualTo(Level.SEVERE);
        assertThat(logged.get(0).getThrown()).isSameAs(bug);
    }
}
