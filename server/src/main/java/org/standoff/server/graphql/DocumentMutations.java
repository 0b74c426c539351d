package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import org.standoff.core.text.OffsetUnit;
import org.standoff.server.store.Change;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * Resolvers of the whole-document mutations: {@code importDocument} (standoff JSON here, any other
 * format through {@link FormatImport}) and {@code deleteDocument}.
 */
final class DocumentMutations {
    private final Store store;
    private final FormatImport formatImport;

    DocumentMutations(Store store) {
        this.store = store;
        this.formatImport = new FormatImport(store);
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type
                .dataFetcher("importDocument", this::importDocument)
                .dataFetcher("deleteDocument", this::deleteDocument));
    }

    private Object importDocument(DataFetchingEnvironment env) {
        if (FormatImport.isAsked(env)) {
            return formatImport.run(env);
        }
        Long expectedVersion = env.getArgument("expectedVersion");
        StandoffImport.Result read;
        try {
            read = StandoffImport.read(env.getArgument("standoffJson"));
        } catch (StoreException.Invalid refusal) {
            return Payloads.invalid(env, null, OffsetUnit.CODEPOINT, refusal);
        }
        try {
            StoredDocument stored = store.put(read.document(), expectedVersion, read.diagnostics(),
                    new Change("importDocument", Authorship.author(env)));
            return FormatImport.payload(List.of(stored), read.diagnostics(), List.of());
        } catch (StoreException.Invalid refusal) {
            return Payloads.invalid(env, store.get(read.document().id()).orElse(null), OffsetUnit.CODEPOINT, refusal);
        }
    }

    private Object deleteDocument(DataFetchingEnvironment env) {
        String id = env.getArgument("id");
        store.delete(id, env.<Long>getArgument("expectedVersion"), new Change("deleteDocument", Authorship.author(env)));
        return Payloads.deleted(0, id);
    }
}
