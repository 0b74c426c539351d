package org.standoff.server.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.OptionNames;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.Change;
import org.standoff.server.store.Store;
import org.standoff.server.store.StoreException;
import org.standoff.server.store.StoredDocument;

/**
 * {@code importDocument(format:, content:, files:, mapping:, ...)}: reads the files with the exchange format
 * (brat's labels through the {@code mapping:} asked for, see {@link ImportMappings}) and writes every document it gives. An import with an ERROR diagnostic writes nothing; otherwise the
 * documents are written in order, and a refused one (validation) stops the import there.
 */
final class FormatImport {
    /** The name {@code content} gets as a file. */
    static final String CONTENT_NAME = "content";

    private final Store store;

    FormatImport(Store store) {
        this.store = store;
    }

    /** Whether the arguments ask for a format import rather than the standoff JSON one. */
    static boolean isAsked(DataFetchingEnvironment env) {
        boolean files = env.getArgument("content") != null || env.getArgument("files") != null;
        if (files && env.getArgument("standoffJson") != null) {
            throw ApiException.badRequest("give standoffJson, or content or files in a format, not both");
        }
        if (!files && env.getArgument("standoffJson") == null) {
            throw ApiException.badRequest("give standoffJson, or content or files in a format");
        }
        String format = env.getArgument("format");
        if (!files && format != null && !format.equalsIgnoreCase("standoff")) {
            throw ApiException.badRequest("standoffJson is standoff JSON; give the " + format + " files as content or files");
        }
        return files;
    }

    DataFetcherResult<Map<String, Object>> run(DataFetchingEnvironment env) {
        DocumentFormat format = ExchangeFormats.require(env.getArgument("format"), true);
        ImportOptions options = options(env).withMapping(ImportMappings.require(env.getArgument("mapping")));
        ImportResult read = format.read(files(env), options);
        List<Diagnostic> errors = read.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            return refused(env, List.of(), read.diagnostics(), errors, "the import has " + errors.size() + " error(s)");
        }
        if (read.documents().isEmpty()) {
            return refused(env, List.of(), read.diagnostics(), List.of(), "the files hold no document");
        }
        Long expectedVersion = env.getArgument("expectedVersion");
        List<StoredDocument> written = new ArrayList<>();
        for (Document document : read.documents()) {
            try {
                written.add(store.put(DocumentFiles.fromFile(document).document(), expectedVersion, List.of(),
                        new Change("importDocument", Authorship.author(env))));
            } catch (StoreException.Invalid refusal) {
                return refused(env, written, read.diagnostics(), refusal.diagnostics(),
                        "document \"" + document.id() + "\" was refused: " + refusal.getMessage());
            }
        }
        return DataFetcherResult.<Map<String, Object>>newResult().data(payload(written, read.diagnostics(), List.of())).build();
    }

    private static List<SourceFile> files(DataFetchingEnvironment env) {
        List<SourceFile> files = new ArrayList<>();
        String content = env.getArgument("content");
        if (content != null) {
            files.add(SourceFile.of(CONTENT_NAME, content));
        }
        List<Map<String, Object>> given = env.getArgument("files");
        if (given != null) {
            for (Map<String, Object> file : given) {
                files.add(SourceFile.of(Arguments.string(file, "name"), Arguments.string(file, "content")));
            }
        }
        return files;
    }

    private static ImportOptions options(DataFetchingEnvironment env) {
        String unit = env.getArgument("offsetUnit");
        return new ImportOptions(unit == null ? null : OffsetUnit.valueOf(unit), env.getArgument("text"),
                env.getArgument("documentId"), OptionNames.GRAPHQL, null);
    }

    /** The payload of {@code written} documents (the first is {@code document}). */
    static Map<String, Object> payload(List<StoredDocument> written, List<Diagnostic> diagnostics, List<Diagnostic> errors) {
        List<DocumentView> views = new ArrayList<>();
        written.forEach(stored -> views.add(new DocumentView(stored, OffsetUnit.CODEPOINT)));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", written.isEmpty() ? 0 : written.get(0).version());
        payload.put("document", views.isEmpty() ? null : views.get(0));
        payload.put("documents", views);
        payload.put("diagnostics", ExchangeFormats.diagnostics(diagnostics));
        payload.put("errors", Payloads.errors(errors));
        return payload;
    }

    private static DataFetcherResult<Map<String, Object>> refused(DataFetchingEnvironment env, List<StoredDocument> written,
                                                                  List<Diagnostic> diagnostics, List<Diagnostic> errors,
                                                                  String message) {
        String first = errors.isEmpty() ? "" : ": " + errors.get(0).message();
        return DataFetcherResult.<Map<String, Object>>newResult()
                .data(payload(written, diagnostics, errors))
                .error(GraphqlErrorBuilder.newError(env)
                        .message(message + first)
                        .errorType(ErrorCode.INVALID_ANNOTATION)
                        .extensions(Map.of("code", ErrorCode.INVALID_ANNOTATION.name()))
                        .build())
                .build();
    }
}
