package org.standoff.core.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.AnnotationId;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.Segment;

/** The id and reference checks of {@link Validator}: duplicates, dangling and mistyped references, cycles. */
final class ReferenceChecks {
    private final Document document;
    private final List<Diagnostic> found;
    /**
     * The owner (an {@link Entity} or an {@link Annotation}) of each id value; the first wins,
     * entities before annotations. Presized: a document's ids are hashed into it once.
     */
    private final Map<String, Object> owners;
    private final Set<String> provenanceIds = new HashSet<>();
    /** The provenance id object last found among the records; the same object needs no look-up. */
    private ProvenanceId lastProvenanceFound;
    /** Whether some annotation's provenance names no record, as found while ids were collected. */
    private boolean provenanceDangling;

    ReferenceChecks(Document document, List<Diagnostic> found) {
        this.document = document;
        this.found = found;
        int ids = document.entities().size() + document.segments().size() + document.mentions().size()
                + document.quotes().size() + document.cues().size() + document.claims().size()
                + document.genericSpans().size() + document.attributions().size() + document.genericRelations().size();
        this.owners = new HashMap<>(Math.max(16, (int) (ids / 0.75f) + 1));
    }

    void run() {
        collectIds();
        document.mentions().forEach(m -> reference(m.id().value(), "entity", m.entity(), "Entity"));
        document.quotes().forEach(q -> reference(q.id().value(), "embeddedIn", q.embeddedIn(), "Quote"));
        document.attributions().forEach(this::checkAttribution);
        document.claims().forEach(this::checkClaim);
        document.genericRelations().forEach(this::checkRelation);
        if (provenanceDangling) {
            // found while ids were collected; reported here, in document order
            document.annotations().forEach(a -> checkProvenance(a.id().value(), a.provenance()));
        }
        document.entities().forEach(e -> checkProvenance(e.id().value(), e.provenance()));
        checkCycles("embeddedIn", document.quotes(), Quote::embeddedIn);
        checkCycles("nestedIn", document.attributions(), Attribution::nestedIn);
    }

    private void collectIds() {
        for (Provenance record : document.provenance()) {
            provenanceIds.add(record.id().value()); // a repeated one is reported below, in its place
        }
        int before = found.size();
        for (Entity entity : document.entities()) {
            claimId(entity.id().value(), entity);
        }
        // Kind by kind, in document order within each kind; the order across kinds matters only for
        // what is reported, so it is redone in document order (the order of Document.annotations(),
        // which sorts every span annotation together) only when something was found. One loop per
        // kind, so that each call site sees one class: a loop over all kinds would dispatch every
        // call through an interface.
        for (Segment a : document.segments()) {
            claim(a.id().value(), a, a.provenance());
        }
        for (Mention a : document.mentions()) {
            claim(a.id().value(), a, a.provenance());
        }
        for (Quote a : document.quotes()) {
            claim(a.id().value(), a, a.provenance());
        }
        for (Cue a : document.cues()) {
            claim(a.id().value(), a, a.provenance());
        }
        for (Claim a : document.claims()) {
            claim(a.id().value(), a, a.provenance());
        }
        for (GenericSpan a : document.genericSpans()) {
            claim(a.id().value(), a, a.provenance());
        }
        for (Attribution a : document.attributions()) {
            claim(a.id().value(), a, a.provenance());
        }
        for (GenericRelation a : document.genericRelations()) {
            claim(a.id().value(), a, a.provenance());
        }
        if (found.size() > before) {
            // an id is used twice: which owner is first, and the order of reports, follow document order
            found.subList(before, found.size()).clear();
            owners.clear();
            for (Entity entity : document.entities()) {
                claimId(entity.id().value(), entity);
            }
            for (Annotation annotation : document.annotations()) {
                claimId(annotation.id().value(), annotation);
            }
        }
        if (provenanceIds.size() < document.provenance().size()) {
            Set<String> seen = new HashSet<>();
            for (Provenance record : document.provenance()) {
                if (!seen.add(record.id().value())) {
                    found.add(Diagnostic.error("id.duplicate", record.id().value(),
                            "provenance id \"" + record.id() + "\" is used twice"));
                }
            }
        }
    }

    /** Claims an annotation's id, and notes whether its provenance (may be null) names no record. */
    private void claim(String id, Annotation owner, ProvenanceId provenance) {
        claimId(id, owner);
        if (provenance != null && provenance != lastProvenanceFound) {
            if (provenanceIds.contains(provenance.value())) {
                lastProvenanceFound = provenance; // the same object needs no look-up next time
            } else {
                provenanceDangling = true;
            }
        }
    }

    private void claimId(String id, Object owner) {
        Object earlier = owners.putIfAbsent(id, owner);
        if (earlier != null) {
            found.add(Diagnostic.error("id.duplicate", id, "id \"" + id + "\" of " + withArticle(kindOf(owner))
                    + " is already used by " + withArticle(kindOf(earlier))));
        }
    }

    /** The kind name of an id's owner: "Entity", or the annotation's kind ("Mention", ...). */
    private static String kindOf(Object owner) {
        return owner instanceof Entity ? "Entity" : ((Annotation) owner).kind();
    }

    private void checkAttribution(Attribution attribution) {
        String subject = attribution.id().value();
        reference(subject, "source", attribution.source(), "Mention");
        reference(subject, "cue", attribution.cue(), "Cue");
        reference(subject, "nestedIn", attribution.nestedIn(), "Attribution");
        if (attribution.contents().isEmpty()) {
            found.add(Diagnostic.error("attribution.empty", subject, "attribution has no content quote"));
        }
        attribution.contents().forEach(content -> reference(subject, "contents.quote", content.quote(), "Quote"));
    }

    private void checkClaim(Claim claim) {
        String subject = claim.id().value();
        reference(subject, "claimant", claim.claimant(), "Entity");
        reference(subject, "attribution", claim.attribution(), "Attribution");
        reference(subject, "quote", claim.quote(), "Quote");
        // plain loops, not streams: every claim of a document passes here
        if (claim.quote() != null && claim.attribution() != null) {
            Attribution attribution = attribution(claim.attribution());
            if (attribution != null && !hasContent(attribution, claim.quote())) {
                found.add(Diagnostic.error("claim.quote-not-in-attribution", subject,
                        "quote " + claim.quote() + " is not a content of attribution " + attribution.id()));
            }
        }
        if (claim.quote() != null && claim.claimant() != null) {
            Entity claimant = document.entity(claim.claimant()).orElse(null);
            if (claimant != null && claimant.entityType() == EntityType.AUTHOR) {
                found.add(Diagnostic.warning("claim.author-in-quote", subject,
                        "claim inside quote " + claim.quote() + " has the author " + claimant.id()
                                + " as claimant; a claim inside a quote is the speaker's"));
            }
        }
    }

    private static boolean hasContent(Attribution attribution, AnnotationId quote) {
        for (Attribution.Content content : attribution.contents()) {
            if (content.quote().equals(quote)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attribution with id {@code id} (or {@code null}), as {@link Document#attribution} finds it
     * (the first annotation with the id, if it is an attribution), from the owners already collected.
     */
    private Attribution attribution(AttributionId id) {
        Object owner = owners.get(id.value());
        if (owner instanceof Entity) {
            return document.attribution(id).orElse(null);
        }
        return owner instanceof Attribution ? (Attribution) owner : null;
    }

    private void checkRelation(GenericRelation relation) {
        for (GenericRelation.Argument argument : relation.arguments()) {
            reference(relation.id().value(), "argument " + argument.role(), argument.target(), null);
        }
    }

    private void checkProvenance(String subject, ProvenanceId provenance) {
        if (provenance == null || provenance == lastProvenanceFound) {
            return;
        }
        if (provenanceIds.contains(provenance.value())) {
            // most annotations of a file name one record, which a reader makes one object
            lastProvenanceFound = provenance;
        } else {
            found.add(Diagnostic.error("ref.dangling", subject, "provenance \"" + provenance + "\" does not exist"));
        }
    }

    /** Checks that {@code target} (may be null) names an existing annotation of {@code expectedKind} (null: any). */
    private void reference(String subject, String field, AnnotationId target, String expectedKind) {
        if (target == null) {
            return;
        }
        Object owner = owners.get(target.value());
        if (owner == null) {
            found.add(Diagnostic.error("ref.dangling", subject, field + " \"" + target.value() + "\" does not exist"));
            return;
        }
        String kind = expectedKind == null || target instanceof AnyId ? null : kindOf(owner);
        if (kind != null && !kind.equals(expectedKind)) {
            found.add(Diagnostic.error("ref.type", subject, field + " \"" + target.value() + "\" is " + withArticle(kind)
                    + ", expected " + withArticle(expectedKind)));
        }
    }

    /** "a Mention", "an Entity". */
    private static String withArticle(String kind) {
        return ("AEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /** Reports each cycle of the {@code field} links among {@code items} once, naming its members. */
    private <T extends Annotation> void checkCycles(String field, List<T> items, Function<T, AnnotationId> next) {
        Map<String, T> byId = new HashMap<>();
        items.forEach(item -> byId.putIfAbsent(item.id().value(), item));
        Set<String> done = new HashSet<>();
        for (T start : items) {
            walk(field, start, byId, next, done);
        }
    }

    private <T extends Annotation> void walk(String field, T start, Map<String, T> byId,
                                             Function<T, AnnotationId> next, Set<String> done) {
        List<String> path = new java.util.ArrayList<>();
        T current = start;
        while (current != null && !done.contains(current.id().value())) {
            String id = current.id().value();
            int seen = path.indexOf(id);
            if (seen >= 0) {
                List<String> cycle = path.subList(seen, path.size());
                found.add(Diagnostic.error("ref.cycle", id, field + " links form a cycle: "
                        + String.join(" -> ", cycle) + " -> " + id));
                break;
            }
            path.add(id);
            AnnotationId target = next.apply(current);
            current = target == null ? null : byId.get(target.value());
        }
        done.addAll(path);
    }
}
