package io.jvplatform.ventures.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.security.Callers;
import io.jvplatform.ventures.client.PartnerDirectories;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "A partner written into a stake or a role exists and is not archived", with the input field that names it. */
class PartnerVerificationTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID GONE = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Object> asked = new ArrayList<>();
    /** partners-service as it answers: Nscale active, Aker archived, anyone else unknown (null). */
    private final PartnerVerification verification = new PartnerVerification(PartnerDirectories.answering((authorization, request) -> {
        asked.add(request.variables().get("ids"));
        List<JsonNode> partners = new ArrayList<>();
        for (Object id : (List<?>) request.variables().get("ids")) {
            partners.add(NSCALE.toString().equals(id) ? JSON.createObjectNode().put("id", id.toString()).put("archived", false)
                    : AKER.toString().equals(id) ? JSON.createObjectNode().put("id", id.toString()).put("archived", true)
                    : JSON.nullNode());
        }
        return new GraphQLResponse(JSON.createObjectNode().set("partnersByIds", JSON.valueToTree(partners)), null);
    }, new Callers(QuarkusSecurityIdentity.builder().setPrincipal(() -> "editor").build())));

    @Test
    void activePartnersPassInOneQuestion() {
        Map<String, UUID> fields = new LinkedHashMap<>();
        fields.put("input.stakes[0].partnerId", NSCALE);
        fields.put("input.stakes[1].partnerId", NSCALE);

        assertThatCode(() -> verification.requireActive(fields)).doesNotThrowAnyException();
        assertThat(asked).hasSize(1);
    }

    @Test
    void anUnknownPartnerIsRefusedOnItsField() {
        assertThatThrownBy(() -> verification.requireActive("partnerId", GONE))
                .isInstanceOf(ValidationException.class)
                .hasMessage("no partner with id " + GONE)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("partnerId");
    }

    @Test
    void anArchivedPartnerIsRefusedOnItsField() {
        assertThatThrownBy(() -> verification.requireActive("input.toPartnerId", AKER))
                .hasMessage("partner " + AKER + " is archived")
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.toPartnerId");
    }

    @Test
    void theFirstBadPartnerInInputOrderIsReported() {
        Map<String, UUID> fields = new LinkedHashMap<>();
        fields.put("input.stakes[0].partnerId", NSCALE);
        fields.put("input.stakes[1].partnerId", AKER);
        fields.put("input.stakes[2].partnerId", GONE);

        assertThatThrownBy(() -> verification.requireActive(fields))
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.stakes[1].partnerId");
    }

    @Test
    void aPartnerTheAnswerDoesNotMentionIsUnknown() {
        UUID unmentioned = UUID.randomUUID();

        assertThatThrownBy(() -> verification.requireActive("partnerId", unmentioned)).hasMessage("no partner with id " + unmentioned);
    }

    @Test
    void noPartnersNeedNoQuestion() {
        verification.requireActive(Map.of());

        assertThat(asked).isEmpty();
    }
}
