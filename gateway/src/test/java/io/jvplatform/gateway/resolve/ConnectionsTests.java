package io.jvplatform.gateway.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import io.jvplatform.gateway.execution.PublicSchema;

/** A connection is built as the client selected it: its aliases, cursors of absolute positions, exact page info. */
class ConnectionsTests {

    private static final PublicSchema SCHEMA = new PublicSchema();

    @Test
    void edgesCarryTheCursorOfTheirAbsolutePosition() {
        ObjectNode connection = Connections.of(root("{ ventures { edges { cursor node { name } } } }"), "Venture", items(3),
                45, new PageRequest(40, 3));

        assertThat(connection.at("/edges/0/cursor").asText()).isEqualTo(Paging.cursor(40));
        assertThat(connection.at("/edges/2/cursor").asText()).isEqualTo(Paging.cursor(42));
        assertThat(connection.at("/edges/1/node/name").asText()).isEqualTo("venture 1");
    }

    @Test
    void pageInfoSaysWhetherRowsLieBeforeAndAfter() {
        String query = "{ ventures { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

        JsonNode first = Connections.of(root(query), "Venture", items(10), 25, new PageRequest(0, 10)).get("pageInfo");
        JsonNode middle = Connections.of(root(query), "Venture", items(10), 25, new PageRequest(10, 10)).get("pageInfo");
        JsonNode last = Connections.of(root(query), "Venture", items(5), 25, new PageRequest(20, 10)).get("pageInfo");

        assertThat(first.get("hasPreviousPage").asBoolean()).isFalse();
        assertThat(first.get("hasNextPage").asBoolean()).isTrue();
        assertThat(middle.get("hasPreviousPage").asBoolean()).isTrue();
        assertThat(middle.get("hasNextPage").asBoolean()).isTrue();
        assertThat(last.get("hasNextPage").asBoolean()).isFalse();
        assertThat(last.get("startCursor").asText()).isEqualTo(Paging.cursor(20));
        assertThat(last.get("endCursor").asText()).isEqualTo(Paging.cursor(24));
    }

    @Test
    void anEmptyPageHasNoCursorsAndNoNextPage() {
        JsonNode pageInfo = Connections.of(root("{ ventures { pageInfo { hasNextPage startCursor endCursor } } }"), "Venture",
                items(0), 0, new PageRequest(0, 10)).get("pageInfo");

        assertThat(pageInfo.get("startCursor").isNull()).isTrue();
        assertThat(pageInfo.get("endCursor").isNull()).isTrue();
        assertThat(pageInfo.get("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void aPageAfterTheLastRowIsEmptyButKnowsThereWereRowsBefore() {
        JsonNode pageInfo = Connections.of(root("{ ventures { pageInfo { hasPreviousPage hasNextPage } } }"), "Venture",
                items(0), 3, new PageRequest(7, 10)).get("pageInfo");

        assertThat(pageInfo.get("hasPreviousPage").asBoolean()).isTrue();
        assertThat(pageInfo.get("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void theClientsAliasesAndTypenamesAreKept() {
        ObjectNode connection = Connections.of(root("""
                { ventures { n: totalCount t: __typename rows: edges { at: cursor v: node { name } __typename }
                  info: pageInfo { more: hasNextPage __typename } } }"""), "Venture", items(1), 9, new PageRequest(0, 1));

        assertThat(connection.get("n").asInt()).isEqualTo(9);
        assertThat(connection.get("t").asText()).isEqualTo("VentureConnection");
        assertThat(connection.at("/rows/0/at").asText()).isEqualTo(Paging.cursor(0));
        assertThat(connection.at("/rows/0/v/name").asText()).isEqualTo("venture 0");
        assertThat(connection.at("/rows/0/__typename").asText()).isEqualTo("VentureEdge");
        assertThat(connection.at("/info/more").asBoolean()).isTrue();
        assertThat(connection.at("/info/__typename").asText()).isEqualTo("PageInfo");
        assertThat(connection.has("totalCount")).isFalse();
    }

    @Test
    void onlyWhatWasSelectedIsWritten() {
        ObjectNode connection = Connections.of(root("{ partners { totalCount } }"), "Partner", items(2), 2, new PageRequest(0, 2));

        assertThat(connection.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("totalCount");
    }

    @Test
    void aFieldTheGatewayDoesNotKnowIsABugOfOursNotAnEmptyAnswer() {
        ExecutableNormalizedField venture = root("{ venture(id: \"v1\") { name } }");

        assertThatThrownBy(() -> Connections.of(venture, "Venture", items(1), 1, new PageRequest(0, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
    }

    static ExecutableNormalizedField root(String query) {
        return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(SCHEMA.schema(),
                Parser.parse(query), null, RawVariables.emptyVariables()).getTopLevelFields().get(0);
    }

    private static ArrayNode items(int count) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < count; i++) {
            items.addObject().put("name", "venture " + i);
        }
        return items;
    }
}
