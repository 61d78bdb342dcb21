package io.jvplatform.support.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which trail an entry is read under: an object's own, or the one of the object it belongs to. */
class AuditTargetTests {

    @Test
    void anObjectThatIsItsOwnTrailIsFiledUnderItself() {
        assertThat(AuditTarget.of("Venture", "v1")).isEqualTo(new AuditTarget("Venture", "v1", "Venture", "v1"));
    }

    @Test
    void aPartIsFiledUnderTheTrailItBelongsToAndKeepsItsOwnTypeAndId() {
        AuditTarget phase = AuditTarget.of("FundingPhase", "p7").in("Venture", "v1");

        assertThat(phase).isEqualTo(new AuditTarget("FundingPhase", "p7", "Venture", "v1"));
    }

    @Test
    void movingToAnotherTrailLeavesTheOriginalAsItWas() {
        AuditTarget own = AuditTarget.of("BoardSeat", "s1");

        AuditTarget moved = own.in("Venture", "v1");

        assertThat(own.trailType()).isEqualTo("BoardSeat");
        assertThat(moved.in("Venture", "v2")).isEqualTo(new AuditTarget("BoardSeat", "s1", "Venture", "v2"));
    }
}
