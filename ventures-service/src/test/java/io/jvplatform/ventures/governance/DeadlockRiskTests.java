package io.jvplatform.ventures.governance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlockRiskTests {

    @ParameterizedTest(name = "stake parity {0}, seat parity {1}, casting vote {2}: {3}")
    @CsvSource({
            "true,  true,  false, HIGH",
            "true,  true,  true,  MEDIUM",
            "true,  false, false, MEDIUM",
            "false, true,  false, MEDIUM",
            "true,  false, true,  LOW",
            "false, true,  true,  LOW",
            "false, false, false, LOW",
            "false, false, true,  LOW",
    })
    void theRiskFollowsTheParitiesAndTheCastingVote(boolean stakeParity, boolean seatParity, boolean castingVote,
                                                     DeadlockRisk expected) {
        assertThat(DeadlockRisk.of(stakeParity, seatParity, castingVote)).isEqualTo(expected);
    }
}
