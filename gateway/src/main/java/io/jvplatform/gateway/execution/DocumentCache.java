package io.jvplatform.gateway.execution;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents by their text: a web client sends the same few queries with
 * other variables, so parsing and validation run once per query, not once per request. Bounded
 * by characters, so that many large documents cannot fill the heap.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> documents;

    DocumentCache(long maxCharacters) {
        this.documents = Caffeine.newBuilder()
                .maximumWeight(maxCharacters)
                .weigher((String query, PreparsedDocumentEntry entry) -> query.length())
                .build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
    }
}
