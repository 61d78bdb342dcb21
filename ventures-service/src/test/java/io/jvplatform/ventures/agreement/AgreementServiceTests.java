package io.jvplatform.ventures.agreement;

import io.jvplatform.ventures.agreement.model.AgreementFilter;
import io.jvplatform.ventures.agreement.model.AgreementInput;
import io.jvplatform.ventures.agreement.model.AgreementPartyInput;
import io.jvplatform.ventures.support.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement service's refusals, each before anything is read or written: paging arguments, filters
 * and ids on their fields; an update of an unknown agreement or on an old version; bad parties
 * before the agreement's row is locked.
 */
class AgreementServiceTests {

    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID STORED = UUID.fromString("20000000-0000-0000-0000-000000000001");
    private static final List<AgreementPartyInput> PARTIES = List.of(new AgreementPartyInput(OPENAI.toString(), AgreementRole.BUYER),
            new AgreementPartyInput(NSCALE.toString(), AgreementRole.PROVIDER));

    private final Agreements agreements = new Agreements();
    private final AgreementService service = new AgreementService(agreements, null, null, null);

    static Stream<Arguments> badCalls() {
        return Stream.of(
                Arguments.of("a negative offset", (Call) service -> service.page(null, -1, 20), Refusal.validation("offset")),
                Arguments.of("a limit of 0", (Call) service -> service.page(null, 0, 0), Refusal.validation("limit")),
                Arguments.of("a limit of 101", (Call) service -> service.page(null, 0, AgreementService.MAX_PAGE_SIZE + 1),
                        Refusal.validation("limit")),
                Arguments.of("a program of 101 characters", (Call) service -> service.page(new AgreementFilter("p".repeat(101), null), 0, 20),
                        Refusal.validation("filter.program")),
                Arguments.of("a line break in the program", (Call) service -> service.page(new AgreementFilter("Star\ngate", null), 0, 20),
                        Refusal.validation("filter.program")),
                Arguments.of("a partner filter that is not a UUID", (Call) service -> service.page(new AgreementFilter(null, "openai"), 0, 20),
                        Refusal.validation("filter.partnerId")),
                Arguments.of("a partner list with a bad id", (Call) service -> service.ofPartners(List.of(OPENAI.toString(), "nscale")),
                        Refusal.validation("partnerIds[1]")),
                Arguments.of("finding by an id that is not a UUID", (Call) service -> service.find("agreement-1"), Refusal.validation("id")),
                Arguments.of("updating by an id that is not a UUID", (Call) service -> service.update("agreement-1", 1, input(PARTIES)),
                        Refusal.validation("id")),
                Arguments.of("updating with a buyer alone", (Call) service -> service.update(STORED.toString(), 1, input(PARTIES.subList(0, 1))),
                        Refusal.validation("input.parties")),
                Arguments.of("updating an unknown agreement", (Call) service -> service.update(UUID.randomUUID().toString(), 1, input(PARTIES)),
                        Refusal.notFound("id")),
                Arguments.of("updating on an old version", (Call) service -> service.update(STORED.toString(), 1, input(PARTIES)),
                        Refusal.conflict("expectedVersion")),
                Arguments.of("creating with a blank name", (Call) service -> service.create(new AgreementInput(" ", null, AgreementStatus.SIGNED,
                        null, null, null, null, null, null, PARTIES, null)), Refusal.validation("input.name")),
                Arguments.of("creating with a partner twice", (Call) service -> service.create(input(List.of(PARTIES.get(0), PARTIES.get(1),
                        new AgreementPartyInput(OPENAI.toString(), AgreementRole.PROVIDER)))), Refusal.validation("input.parties[2].partnerId")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badCalls")
    void aBadCallIsRefusedOnItsFieldAndNothingIsWritten(String rule, Call call, Refusal refusal) {
        assertThat(Refusal.of(() -> call.on(service))).isEqualTo(refusal);
        assertThat(agreements.stored.version).as("the stored agreement is unchanged").isEqualTo(2);
        assertThat(agreements.stored.name).isEqualTo("Stargate UK capacity");
    }

    @Test
    void badPartiesAreRefusedBeforeTheAgreementIsLocked() {
        Executable update = () -> service.update(STORED.toString(), 2, input(List.of()));

        assertThat(Refusal.of(update)).isEqualTo(Refusal.validation("input.parties"));
        assertThat(agreements.locked).isEmpty();
    }

    /** One call of the service. */
    @FunctionalInterface
    interface Call {
        void on(AgreementService service);
    }

    /** One stored agreement at version 2; which rows were locked is kept. */
    static final class Agreements extends AgreementRepository {

        final CapacityAgreementEntity stored = new CapacityAgreementEntity();
        final List<UUID> locked = new ArrayList<>();

        Agreements() {
            stored.id = STORED;
            AgreementMapper.apply(input(PARTIES), stored);
            stored.parties.addAll(AgreementMapper.parties(PARTIES).values());
            stored.version = 2;
        }

        @Override
        public Optional<CapacityAgreementEntity> lockById(UUID id) {
            locked.add(id);
            return STORED.equals(id) ? Optional.of(stored) : Optional.empty();
        }
    }

    private static AgreementInput input(List<AgreementPartyInput> parties) {
        return new AgreementInput("Stargate UK capacity", "Stargate", AgreementStatus.SIGNED, null, null, null, null, null, null,
                parties, null);
    }
}
