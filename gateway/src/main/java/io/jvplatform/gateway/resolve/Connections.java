package io.jvplatform.gateway.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.normalized.ExecutableNormalizedField;

/**
 * A Relay connection built from a service's offset page, exactly as the client selected it
 * (aliases included): the nodes are the service's objects as they came, edges and page info
 * are the gateway's own.
 */
final class Connections {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Connections() {
    }

    static ObjectNode of(ExecutableNormalizedField connection, String type, ArrayNode items, int totalCount, PageRequest page) {
        ObjectNode result = JSON.objectNode();
        for (ExecutableNormalizedField field : connection.getChildren()) {
            String key = field.getResultKey();
            switch (field.getName()) {
                case "totalCount" -> result.put(key, totalCount);
                case "pageInfo" -> result.set(key, pageInfo(field, items.size(), totalCount, page));
                case "edges" -> result.set(key, edges(field, type, items, page));
                case "__typename" -> result.put(key, type + "Connection");
                default -> throw new IllegalStateException("unknown connection field " + field.getName());
            }
        }
        return result;
    }

    private static ObjectNode pageInfo(ExecutableNormalizedField pageInfo, int size, int totalCount, PageRequest page) {
        ObjectNode result = JSON.objectNode();
        for (ExecutableNormalizedField field : pageInfo.getChildren()) {
            String key = field.getResultKey();
            switch (field.getName()) {
                case "hasNextPage" -> result.put(key, page.offset() + size < totalCount);
                case "hasPreviousPage" -> result.put(key, page.offset() > 0);
                case "startCursor" -> result.put(key, size == 0 ? null : Paging.cursor(page.offset()));
                case "endCursor" -> result.put(key, size == 0 ? null : Paging.cursor(page.offset() + size - 1));
                case "__typename" -> result.put(key, "PageInfo");
                default -> throw new IllegalStateException("unknown page info field " + field.getName());
            }
        }
        return result;
    }

    private static ArrayNode edges(ExecutableNormalizedField edges, String type, ArrayNode items, PageRequest page) {
        ArrayNode result = JSON.arrayNode(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            ObjectNode edge = result.addObject();
            for (ExecutableNormalizedField field : edges.getChildren()) {
                String key = field.getResultKey();
                switch (field.getName()) {
                    case "cursor" -> edge.put(key, Paging.cursor(page.offset() + i));
                    case "node" -> edge.set(key, item);
                    case "__typename" -> edge.put(key, type + "Edge");
                    default -> throw new IllegalStateException("unknown edge field " + field.getName());
                }
            }
        }
        return result;
    }
}
