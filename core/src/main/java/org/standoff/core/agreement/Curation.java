package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.Quote;
import org.standoff.core.text.Span;

/**
 * Curation of annotators' copies of one text: every annotation of every copy grouped into
 * {@link Item}s a curator decides on, and the curated document built from the choices.
 *
 * <p>Within a layer, annotations with the same <em>signature</em> are one {@link Option}: mentions by
 * characters and type, quotes by characters and type, cues by characters, claims by characters,
 * claimant (canonical name, as {@link Layer#CLAIM} compares it) and type, attributions by their
 * source–cue–content triple of character extents. An option every copy has is an <em>agreed</em>
 * item of its own, pre-accepted; the other options of a layer form items by overlap (for
 * attributions: of their content, else cue, else source), so that where the copies differ (one
 * annotator's span is longer, or typed otherwise, or missing) the alternatives are side by side.
 *
 * @param annotators the copies' annotators, in the order given
 * @param items      the items in document order, per layer (Mention, Quote, Cue, Claim, Attribution)
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
     * Overlapping options of one layer: one decision for the curator.
     *
     * @param layer   Mention, Quote, Cue, Claim or Attribution
     * @param bounds  from the first option's start to the last one's end
     * @param agreed  one option, which every copy has: pre-accepted
     * @param options the options, in document order
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
        for (Layer layer : Layer.values()) {
            Map<String, Option> options = new LinkedHashMap<>();
            for (AnnotatorCopy copy : copies) {
                for (Unit unit : layer.units(copy.document())) {
                    String signature = extentText(unit.extent()) + (unit.category() == null || layer == Layer.CUE ? "" : " " + unit.category())
                            + (unit.claimant() == null ? "" : " claimant " + unit.claimant());
                    add(options, unit.extent(), signature, new Choice(copy.annotator(), unit.id()));
                }
            }
            items.addAll(group(layer.label(), options.values(), annotators.size()));
        }
        Map<String, Option> attributions = new LinkedHashMap<>();
        for (AnnotatorCopy copy : copies) {
            for (AttributionTriple triple : AttributionTriple.of(copy.document())) {
                String signature = "source " + extentText(triple.source()) + " cue " + extentText(triple.cue())
                        + " content " + extentText(triple.content());
                add(attributions, triple.anchor(), signature, new Choice(copy.annotator(), triple.id()));
            }
        }
        items.addAll(group(ATTRIBUTION, attributions.values(), annotators.size()));
        return new Curation(annotators, items);
    }

    /**
     * What the curated document holds before any decision: of every agreed item, the first annotator's
     * annotations (one, unless that copy has several with the same signature).
     */
    public List<Choice> preAccepted() {
        List<Choice> choices = new ArrayList<>();
        for (Item item : items) {
            if (item.agreed()) {
                List<Choice> all = item.options().get(0).choices();
                all.stream().filter(choice -> choice.annotator().equals(all.get(0).annotator())).forEach(choices::add);
            }
        }
        return choices;
    }

    /**
     * The curated document: {@code original} (its id, text, metadata, entities, segments and generic
     * layers) with its mentions, quotes, cues, attributions and claims replaced by the chosen
     * annotations. An attribution brings its source mention, cue and quotes from the same copy unless
     * an annotation with that id is chosen itself (then the chosen one stays: a curator may take one
     * copy's attribution and another copy's quote); a mention or claim brings its entity and every
     * annotation its provenance record, unless the document already has one with that id.
     *
     * @throws IllegalArgumentException when a choice names an unknown annotator or annotation, or two
     *                                  chosen annotations have one id but differ
     */
    public static Document curate(Document original, List<AnnotatorCopy> copies, List<Choice> chosen) {
        Map<String, Document> byAnnotator = new LinkedHashMap<>();
        copies.forEach(copy -> byAnnotator.put(copy.annotator(), copy.document()));
        DocumentBuilder builder = original.toBuilder();
        for (Annotation annotation : original.annotations()) {
            if (annotation instanceof Mention || annotation instanceof Quote
                    || annotation instanceof Cue || annotation instanceof Attribution
                    || annotation instanceof Claim) {
                builder.remove(annotation.id().value());
            }
        }
        Map<String, Annotation> added = new LinkedHashMap<>();
        Set<String> entities = new LinkedHashSet<>();
        original.entities().forEach(entity -> entities.add(entity.id().value()));
        Set<String> provenance = new LinkedHashSet<>();
        original.provenance().forEach(record -> provenance.add(record.id().value()));
        List<Annotation> parts = new ArrayList<>();
        List<Document> partCopies = new ArrayList<>();
        for (Choice choice : chosen) {
            Document copy = byAnnotator.get(choice.annotator());
            if (copy == null) {
                throw new IllegalArgumentException("no copy of annotator \"" + choice.annotator() + "\"");
            }
            Annotation annotation = copy.annotation(choice.id())
                    .orElseThrow(() -> new IllegalArgumentException("the copy of " + choice.annotator() + " has no annotation \"" + choice.id() + "\""));
            Annotation before = added.putIfAbsent(annotation.id().value(), annotation);
            if (before != null && !before.equals(annotation)) {
                throw new IllegalArgumentException("two chosen annotations have the id \"" + choice.id()
                        + "\" but differ (the second from " + choice.annotator() + ")");
            }
            if (before == null) {
                parts.add(annotation);
                partCopies.add(copy);
            }
            if (annotation instanceof Attribution attribution) {
                List<Annotation> roles = new ArrayList<>();
                if (attribution.source() != null) {
                    copy.mention(attribution.source()).ifPresent(roles::add);
                }
                if (attribution.cue() != null) {
                    copy.cue(attribution.cue()).ifPresent(roles::add);
                }
                attribution.contents().forEach(content -> copy.quote(content.quote()).ifPresent(roles::add));
                roles.forEach(role -> {
                    parts.add(role);
                    partCopies.add(copy);
                });
            }
        }
        Set<String> written = new LinkedHashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Annotation part = parts.get(i);
            Document copy = partCopies.get(i);
            added.putIfAbsent(part.id().value(), part);
            if (added.get(part.id().value()) != part || !written.add(part.id().value())) {
                continue;
            }
            builder.add(part);
            EntityId entity = part instanceof Mention m ? m.entity() : part instanceof Claim c ? c.claimant() : null;
            if (entity != null && entities.add(entity.value())) {
                copy.entity(entity).ifPresent(builder::entity);
            }
            if (part.provenance() != null && provenance.add(part.provenance().value())) {
                for (Provenance record : copy.provenance()) {
                    if (record.id().equals(part.provenance())) {
                        builder.provenance(record);
                    }
                }
            }
        }
        return builder.build();
    }

    private static void add(Map<String, Option> options, Extent extent, String signature, Choice choice) {
        Option known = options.get(signature);
        List<Choice> choices = new ArrayList<>(known == null ? List.of() : known.choices());
        choices.add(choice);
        options.put(signature, new Option(extent, signature, choices));
    }

    private static List<Item> group(String layer, Iterable<Option> options, int copies) {
        List<Option> sorted = new ArrayList<>();
        options.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt((Option o) -> start(o)).thenComparingInt(o -> end(o)));
        List<Item> items = new ArrayList<>();
        List<Option> current = new ArrayList<>();
        int end = Integer.MIN_VALUE;
        for (Option option : sorted) {
            if (option.annotators().size() == copies) {
                items.add(item(layer, List.of(option), copies));
                continue;
            }
            if (!current.isEmpty() && (option.extent() == null || start(option) >= end)) {
                items.add(item(layer, current, copies));
                current = new ArrayList<>();
                end = Integer.MIN_VALUE;
            }
            current.add(option);
            end = Math.max(end, end(option));
        }
        if (!current.isEmpty()) {
            items.add(item(layer, current, copies));
        }
        items.sort(Comparator.comparingInt((Item item) -> item.bounds().start()).thenComparingInt(item -> item.bounds().end()));
        return items;
    }

    private static int start(Option option) {
        return option.extent() == null ? -1 : option.extent().start();
    }

    private static int end(Option option) {
        return option.extent() == null ? -1 : option.extent().end();
    }

    private static Item item(String layer, List<Option> options, int copies) {
        int start = options.get(0).extent() == null ? 0 : options.get(0).extent().start();
        int end = start;
        for (Option option : options) {
            end = Math.max(end, option.extent() == null ? start : option.extent().end());
        }
        boolean agreed = options.size() == 1 && options.get(0).annotators().size() == copies;
        return new Item(layer, Span.of(start, end), agreed, options);
    }

    private static String extentText(Extent extent) {
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
