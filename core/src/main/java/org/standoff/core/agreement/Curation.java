package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Segment;
import org.standoff.core.text.Span;

/**
 * Curation of annotators' copies of one text: every annotation and entity of every copy aligned into
 * {@link Item}s a curator decides on, and the curated document built from the choices.
 *
 * <p>The copies are aligned layer by layer with the one-to-one matching agreement uses under overlap
 * ({@link Alignment}: identical extents first, then as many pairs as possible, sharing characters):
 * the second copy's annotations against the first's, then each further copy's against the items so far
 * (each item represented by its first annotator's annotation), so an item holds at most one annotation
 * per copy. Attributions are aligned by their content (else cue, else source), entities by their
 * mentions' characters, generic relations by their arguments' ({@link ComparedLayer}). Within an item,
 * annotations with the same <em>signature</em> are one {@link Option}: mentions and quotes by characters
 * and type, cues by characters, claims by characters, claimant (canonical name, as {@link Layer#CLAIM}
 * compares it) and type, attributions by their source–cue–content triple of character extents,
 * entities by their mentions' characters, type and knowledge-base ids, generic spans by characters and
 * label, generic relations by label and arguments. An item with one option that every copy has is
 * <em>agreed</em>, and pre-accepted.
 *
 * @param annotators the copies' annotators, in the order given
 * @param items      per layer (Mention, Quote, Cue, Claim, Entity, generic layers, Attribution), in document order
 */
public record Curation(List<String> annotators, List<Item> items) {
    /** The attribution layer's label; the span layers use {@link Layer#label()}. */
    public static final String ATTRIBUTION = "Attribution";

    public Curation {
        annotators = List.copyOf(annotators);
        items = List.copyOf(items);
    }

    /** One annotation of one copy: what a curator accepts. */
    public record Choice(String annotator, String id) {
        public Choice {
            Objects.requireNonNull(annotator, "annotator");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Annotations of one or more copies that are the same by their layer's signature.
     *
     * @param extent    where it lies (for attributions: the content, else the cue, else the source)
     * @param signature what makes two annotations the same, readable: extents and attributes
     * @param choices   every copy's annotation with this signature, in annotator order
     */
    public record Option(Extent extent, String signature, List<Choice> choices) {
        public Option {
            choices = List.copyOf(choices);
        }

        /** The annotators that have this option, each once. */
        public List<String> annotators() {
            Set<String> names = new LinkedHashSet<>();
            choices.forEach(choice -> names.add(choice.annotator()));
            return List.copyOf(names);
        }
    }

    /**
     * The copies' annotations of one layer aligned together, at most one per copy: one decision for
     * the curator.
     *
     * @param layer   Mention, Quote, Cue, Claim, Entity, a generic layer's name, or Attribution
     * @param bounds  from the options' first start to their last end ({@code [0, 0)} when none lies anywhere)
     * @param agreed  one option, which every copy has: pre-accepted
     * @param options the options, in the order of the copies that have them
     */
    public record Item(String layer, Span bounds, boolean agreed, List<Option> options) {
        public Item {
            options = List.copyOf(options);
        }
    }

    /** Aligns the copies; they must have the same text and distinct annotators. */
    public static Curation align(List<AnnotatorCopy> copies) {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("curation needs at least one copy");
        }
        List<String> annotators = new ArrayList<>();
        for (AnnotatorCopy copy : copies) {
            if (!copy.document().text().equals(copies.get(0).document().text())) {
                throw new IllegalArgumentException("the copy of " + copy.annotator() + " has another text than the copy of "
                        + copies.get(0).annotator());
            }
            if (annotators.contains(copy.annotator())) {
                throw new IllegalArgumentException("annotator " + copy.annotator() + " is given twice");
            }
            annotators.add(copy.annotator());
        }
        List<Item> items = new ArrayList<>();
        List<Document> documents = copies.stream().map(AnnotatorCopy::document).toList();
        for (ComparedLayer layer : ComparedLayer.of(documents)) {
            boolean cues = layer.label().equals(Layer.CUE.label());
            items.addAll(items(layer.label(), annotators, layer.units(), Unit::extent, (x, y) -> Agreement.matches(Matching.OVERLAP, x, y),
                    Unit::id, unit -> extentText(unit.extent())
                    + (cues ? "" : " " + unit.category())
                    + (unit.claimant() == null ? "" : " claimant " + unit.claimant())
                    + (unit.key() == null ? "" : (layer.label().equals(ComparedLayer.ENTITY) ? " kb " : " ") + unit.key())));
        }
        List<List<AttributionTriple>> triples = documents.stream().map(AttributionTriple::of).toList();
        items.addAll(items(ATTRIBUTION, annotators, triples, AttributionTriple::anchor,
                (x, y) -> x.anchor() != null && y.anchor() != null && Matching.OVERLAP.matches(x.anchor(), y.anchor()), AttributionTriple::id,
                triple -> "source " + extentText(triple.source()) + " cue " + extentText(triple.cue())
                        + " content " + extentText(triple.content())));
        return new Curation(annotators, items);
    }

    /**
     * One layer's items: the copies' annotations aligned one to one under overlap, copy after copy
     * against the items so far; within an item, the same signature is one option.
     */
    private static <T> List<Item> items(String layer, List<String> annotators, List<List<T>> perCopy, Function<T, Extent> where,
                                        BiPredicate<T, T> mayPair, Function<T, String> id, Function<T, String> signature) {
        List<List<Integer>> owners = new ArrayList<>();
        List<List<T>> groups = new ArrayList<>();
        for (int k = 0; k < perCopy.size(); k++) {
            List<T> firsts = new ArrayList<>();
            Map<T, Integer> groupOf = new IdentityHashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                firsts.add(groups.get(g).get(0));
                groupOf.put(groups.get(g).get(0), g);
            }
            Alignment<T> aligned = Alignment.of(firsts, perCopy.get(k), where, mayPair);
            for (Alignment.Pair<T> pair : aligned.pairs()) {
                int g = groupOf.get(pair.first());
                groups.get(g).add(pair.second());
                owners.get(g).add(k);
            }
            for (T alone : aligned.onlySecond()) {
                groups.add(new ArrayList<>(List.of(alone)));
                owners.add(new ArrayList<>(List.of(k)));
            }
        }
        List<Item> items = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Option> options = new LinkedHashMap<>();
            for (int m = 0; m < groups.get(g).size(); m++) {
                T member = groups.get(g).get(m);
                Choice choice = new Choice(annotators.get(owners.get(g).get(m)), id.apply(member));
                options.merge(signature.apply(member), new Option(where.apply(member), signature.apply(member), List.of(choice)),
                        (known, more) -> new Option(known.extent(), known.signature(), concat(known.choices(), more.choices())));
            }
            items.add(item(layer, List.copyOf(options.values()), annotators.size()));
        }
        items.sort(Comparator.comparingInt((Item item) -> item.bounds().start()).thenComparingInt(item -> item.bounds().end()));
        return items;
    }

    private static List<Choice> concat(List<Choice> a, List<Choice> b) {
        List<Choice> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What the curated document holds before any decision: of every agreed item, the first annotator's annotation. */
    public List<Choice> preAccepted() {
        List<Choice> choices = new ArrayList<>();
        for (Item item : items) {
            if (item.agreed()) {
                choices.add(item.options().get(0).choices().get(0));
            }
        }
        return choices;
    }

    /**
     * The curated document: {@code original} (its id, text, metadata, segments and provenance) with its
     * mentions, quotes, cues, attributions, claims, entities, generic spans and generic relations
     * replaced by the chosen ones. An attribution brings its source mention, cue and quotes from the
     * same copy, a generic relation its arguments, unless one with that id is chosen itself (then the
     * chosen one stays: a curator may take one copy's attribution and another copy's quote); a mention
     * or claim brings its entity, and everything its provenance record, unless the document already
     * has one with that id.
     *
     * @throws IllegalArgumentException when a choice names an unknown annotator or annotation, or two
     *                                  chosen ones have one id but differ
     */
    public static Document curate(Document original, List<AnnotatorCopy> copies, List<Choice> chosen) {
        Map<String, Document> byAnnotator = new LinkedHashMap<>();
        copies.forEach(copy -> byAnnotator.put(copy.annotator(), copy.document()));
        DocumentBuilder builder = original.toBuilder();
        for (Annotation annotation : original.annotations()) {
            if (!(annotation instanceof Segment)) {
                builder.remove(annotation.id().value());
            }
        }
        original.entities().forEach(entity -> builder.remove(entity.id().value()));
        Set<String> provenance = new LinkedHashSet<>();
        original.provenance().forEach(record -> provenance.add(record.id().value()));
        Map<String, Object> added = new LinkedHashMap<>();
        List<Object> parts = new ArrayList<>();
        List<Document> partCopies = new ArrayList<>();
        for (Choice choice : chosen) {
            Document copy = byAnnotator.get(choice.annotator());
            if (copy == null) {
                throw new IllegalArgumentException("no copy of annotator \"" + choice.annotator() + "\"");
            }
            Object picked = find(copy, choice.id());
            if (picked == null) {
                throw new IllegalArgumentException("the copy of " + choice.annotator() + " has no annotation or entity \"" + choice.id() + "\"");
            }
            Object before = added.putIfAbsent(choice.id(), picked);
            if (before != null && !before.equals(picked)) {
                throw new IllegalArgumentException("two chosen annotations have the id \"" + choice.id()
                        + "\" but differ (the second from " + choice.annotator() + ")");
            }
            if (before == null) {
                parts.add(picked);
                partCopies.add(copy);
            }
            for (Object part : brought(copy, picked)) {
                parts.add(part);
                partCopies.add(copy);
            }
        }
        Set<String> written = new LinkedHashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Object part = parts.get(i);
            Document copy = partCopies.get(i);
            String id = part instanceof Entity entity ? entity.id().value() : ((Annotation) part).id().value();
            added.putIfAbsent(id, part);
            if (added.get(id) != part || !written.add(id)) {
                continue;
            }
            ProvenanceId record;
            if (part instanceof Entity entity) {
                builder.entity(entity);
                record = entity.provenance();
            } else {
                Annotation annotation = (Annotation) part;
                builder.add(annotation);
                EntityId entity = annotation instanceof Mention m ? m.entity() : annotation instanceof Claim c ? c.claimant() : null;
                if (entity != null && !added.containsKey(entity.value())) {
                    copy.entity(entity).ifPresent(found -> {
                        added.put(entity.value(), found);
                        written.add(entity.value());
                        builder.entity(found);
                        addProvenance(builder, copy, found.provenance(), provenance);
                    });
                }
                record = annotation.provenance();
            }
            addProvenance(builder, copy, record, provenance);
        }
        return builder.build();
    }

    /** The annotation or entity {@code id} of {@code copy}, or {@code null}. */
    private static Object find(Document copy, String id) {
        Optional<Annotation> annotation = copy.annotation(id);
        if (annotation.isPresent()) {
            return annotation.get();
        }
        return copy.entities().stream().filter(entity -> entity.id().value().equals(id)).findFirst().orElse(null);
    }

    /** What a chosen annotation brings from its copy: an attribution's roles, a relation's arguments. */
    private static List<Object> brought(Document copy, Object picked) {
        List<Object> roles = new ArrayList<>();
        if (picked instanceof Attribution attribution) {
            if (attribution.source() != null) {
                copy.mention(attribution.source()).ifPresent(roles::add);
            }
            if (attribution.cue() != null) {
                copy.cue(attribution.cue()).ifPresent(roles::add);
            }
            attribution.contents().forEach(content -> copy.quote(content.quote()).ifPresent(roles::add));
        } else if (picked instanceof GenericRelation relation) {
            for (GenericRelation.Argument argument : relation.arguments()) {
                Object target = find(copy, argument.target().value());
                if (target != null) {
                    roles.add(target);
                }
            }
        }
        return roles;
    }

    private static void addProvenance(DocumentBuilder builder, Document copy, ProvenanceId id, Set<String> known) {
        if (id != null && known.add(id.value())) {
            for (Provenance record : copy.provenance()) {
                if (record.id().equals(id)) {
                    builder.provenance(record);
                }
            }
        }
    }

    private static Item item(String layer, List<Option> options, int copies) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Option option : options) {
            if (option.extent() != null) {
                start = Math.min(start, option.extent().start());
                end = Math.max(end, option.extent().end());
            }
        }
        start = Math.min(start, end);
        boolean agreed = options.size() == 1 && options.get(0).annotators().size() == copies;
        return new Item(layer, Span.of(start, end), agreed, options);
    }

    /** An extent as signatures show it: {@code [5, 9)}, fragments joined by {@code +}; {@code none} for null. */
    static String extentText(Extent extent) {
        if (extent == null) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        for (Span fragment : extent.fragments()) {
            text.append(text.length() == 0 ? "" : "+").append('[').append(fragment.start()).append(", ").append(fragment.end()).append(')');
        }
        return text.toString();
    }
}
