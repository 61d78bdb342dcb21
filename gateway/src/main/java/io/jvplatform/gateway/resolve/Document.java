package io.jvplatform.gateway.resolve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.jvplatform.gateway.client.DownstreamOperation;

/**
 * One document for one service: its root fields (each under an alias of ours), the variables
 * they use, and a name for the metrics. Every value travels as a variable, so the text depends
 * only on the client's selection, never on its values: a client with a constant query gives the
 * service a constant document, parsed once.
 */
final class Document {

    private final String kind;
    private final StringBuilder fields = new StringBuilder();
    private final StringBuilder declarations = new StringBuilder();
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final Set<String> roots = new TreeSet<>();
    private int aliases;

    Document(String kind) {
        this.kind = kind;
    }

    /** A fresh alias for a root field of this document. */
    String alias() {
        return "r" + aliases++;
    }

    /** Declares a variable of the service's {@code type} holding {@code value}; returns its reference ({@code $v0}). */
    String variable(String type, Object value) {
        String name = "v" + variables.size();
        declarations.append(declarations.isEmpty() ? "" : ", ").append('$').append(name).append(": ").append(type);
        variables.put(name, value);
        return "$" + name;
    }

    /** Adds {@code alias: field(arguments) { selection }}; {@code rootName} names the metric. */
    void root(String alias, String rootName, String fieldText) {
        fields.append(alias).append(": ").append(fieldText).append('\n');
        roots.add(rootName);
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    DownstreamOperation operation() {
        String name = String.join("", roots.stream().map(Document::capitalized).toList());
        StringBuilder text = new StringBuilder(kind).append(' ').append(name);
        if (!declarations.isEmpty()) {
            text.append('(').append(declarations).append(')');
        }
        return new DownstreamOperation(name, text.append(" {\n").append(fields).append('}').toString());
    }

    Map<String, Object> variables() {
        return variables;
    }

    private static String capitalized(String name) {
        String plain = name.startsWith("_") ? name.substring(1) : name;
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }
}
