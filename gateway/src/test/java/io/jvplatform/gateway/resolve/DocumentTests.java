package io.jvplatform.gateway.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jvplatform.gateway.client.DownstreamOperation;

/** A downstream document: values as variables, so its text depends only on the selection; named for the metrics. */
class DocumentTests {

    @Test
    void anEmptyDocumentSendsNothing() {
        assertThat(new Document("query").isEmpty()).isTrue();
    }

    @Test
    void rootsAreWrittenUnderTheirAliasesWithTheirVariablesDeclared() {
        Document document = new Document("query");
        String alias = document.alias();
        document.root(alias, "venture", "venture(id: " + document.variable("ID!", "v1") + ") { name }");

        DownstreamOperation operation = document.operation();

        assertThat(operation.document()).isEqualTo("query Venture($v0: ID!) {\nr0: venture(id: $v0) { name }\n}");
        assertThat(document.variables()).containsExactly(java.util.Map.entry("v0", "v1"));
        assertThat(document.isEmpty()).isFalse();
    }

    @Test
    void aliasesAndVariablesAreNumberedInOrder() {
        Document document = new Document("query");

        assertThat(List.of(document.alias(), document.alias(), document.alias())).containsExactly("r0", "r1", "r2");
        assertThat(List.of(document.variable("Int", 1), document.variable("Int", 2))).containsExactly("$v0", "$v1");
    }

    @Test
    void theSameSelectionWithOtherValuesIsTheSameText() {
        assertThat(page(0, 20, "Nscale").document()).isEqualTo(page(40, 10, "Aker").document());
    }

    @Test
    void theNameListsEachRootFieldOnceInAlphabeticalOrderForTheMetrics() {
        Document document = new Document("query");
        document.root(document.alias(), "partnersByIds", "partnersByIds(ids: []) { name }");
        document.root(document.alias(), "ventures", "ventures { totalCount }");
        document.root(document.alias(), "partnersByIds", "partnersByIds(ids: []) { id }");
        document.root(document.alias(), "_entities", "_entities(representations: []) { __typename }");

        assertThat(document.operation().name()).isEqualTo("EntitiesPartnersByIdsVentures");
    }

    @Test
    void aMutationDocumentIsAMutation() {
        Document document = new Document("mutation");
        document.root(document.alias(), "createVenture", "createVenture(input: " + document.variable("VentureInput!", null) + ") { id }");

        assertThat(document.operation().document()).startsWith("mutation CreateVenture($v0: VentureInput!) {");
    }

    @Test
    void aDocumentWithoutVariablesDeclaresNone() {
        Document document = new Document("query");
        document.root(document.alias(), "ventures", "ventures { totalCount }");

        assertThat(document.operation().document()).isEqualTo("query Ventures {\nr0: ventures { totalCount }\n}");
    }

    private static DownstreamOperation page(int offset, int limit, String search) {
        Document document = new Document("query");
        document.root(document.alias(), "ventures", "ventures(filter: " + document.variable("VentureFilter", search)
                + ", offset: " + document.variable("Int", offset) + ", limit: " + document.variable("Int", limit) + ") { totalCount }");
        return document.operation();
    }
}
