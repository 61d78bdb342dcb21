package io.jvplatform.gateway.resolve;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.jvplatform.gateway.client.RootFieldErrors;
import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorDetail;

/** What came back from one service for one document: its answer, or why there is none. */
record Outcome(String service, GraphQLResponse answer, ApiException failure) {

    /** The errors of one root field of the document; the whole call's failure counts for each. */
    List<ErrorDetail> errorsAt(String alias) {
        return failure != null ? failure.details() : RootFieldErrors.of(answer, service, alias);
    }

    JsonNode at(String alias) {
        return answer == null ? null : answer.at(alias);
    }
}
