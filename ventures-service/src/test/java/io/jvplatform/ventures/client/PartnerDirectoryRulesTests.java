package io.jvplatform.ventures.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.UpstreamUnavailableException;
import io.jvplatform.support.security.Callers;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What ventures-service reads of partners-service's answer: one batched question, each id's
 * status in order, and any answer it cannot trust treated as the service being unavailable.
 * The fault tolerance itself (timeout, breaker) is the end-to-end CrossServiceTests' part.
 */
class PartnerDirectoryRulesTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID GONE = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private final List<GraphQLRequest> asked = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();

    @Test
    void eachIdIsAskedOnceInOneCallAndReadInOrder() {
        PartnerDirectory directory = directory(request -> """
                {"data":{"partnersByIds":[{"id":"%s","archived":false},{"id":"%s","archived":true},null]}}"""
                .formatted(NSCALE, AKER));

        Map<UUID, PartnerStatus> statuses = directory.statusOf(List.of(NSCALE, AKER, NSCALE, GONE));

        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.query()).contains("partnersByIds(ids: $ids) { id archived }");
            assertThat(request.variables()).containsEntry("ids", List.of(NSCALE.toString(), AKER.toString(), GONE.toString()));
        });
        assertThat(statuses).containsExactly(Map.entry(NSCALE, PartnerStatus.ACTIVE), Map.entry(AKER, PartnerStatus.ARCHIVED),
                Map.entry(GONE, PartnerStatus.UNKNOWN));
    }

    @Test
    void theCallersTokenIsForwarded() {
        directory(request -> "{\"data\":{\"partnersByIds\":[null]}}").statusOf(List.of(GONE));

        assertThat(authorizations).containsExactly("Bearer raw-token");
    }

    @Test
    void aPartnerWithoutAnArchivedFlagIsActive() {
        PartnerDirectory directory = directory(request -> "{\"data\":{\"partnersByIds\":[{\"id\":\"" + NSCALE + "\"}]}}");

        assertThat(directory.statusOf(List.of(NSCALE))).containsEntry(NSCALE, PartnerStatus.ACTIVE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"data\":null,\"errors\":[{\"message\":\"boom\"}]}",
            "{\"errors\":[{\"message\":\"unauthorized\"}]}",
            "{\"data\":{\"partnersByIds\":{\"id\":\"x\"}}}",
            "{\"data\":{\"partnersByIds\":[]}}",
            "{\"data\":{\"partnersByIds\":[null,null,null]}}",
            "{\"data\":{}}"})
    void anAnswerThatIsNotOneEntryPerIdIsNotTrusted(String answer) {
        PartnerDirectory directory = directory(request -> answer);

        assertThatThrownBy(() -> directory.statusOf(List.of(NSCALE, AKER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("partners-service answered without partnersByIds");
    }

    @Test
    void whateverWentWrongTheClientReadsUpstreamUnavailableAndNothingWasWritten() {
        PartnerDirectory directory = directory(request -> "{}");

        assertThatThrownBy(() -> directory.unavailable(List.of(NSCALE), new IllegalStateException("connection refused")))
                .isInstanceOf(UpstreamUnavailableException.class)
                .hasMessage("partners-service is unavailable, so the partners could not be checked; nothing was written")
                .hasMessageNotContaining("refused");
    }

    private PartnerDirectory directory(Function<GraphQLRequest, String> partnersService) {
        PartnersRestClient client = (authorization, request) -> {
            asked.add(request);
            authorizations.add(authorization);
            try {
                return JSON.readValue(partnersService.apply(request), GraphQLResponse.class);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        JwtClaims claims = new JwtClaims();
        claims.setSubject("editor");
        claims.setClaim("raw_token", "raw-token");
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal("raw-token", claims)).build();
        return new PartnerDirectory(client, new Callers(identity));
    }
}
