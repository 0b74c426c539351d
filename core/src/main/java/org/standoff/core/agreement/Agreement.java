package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.standoff.core.model.Extent;

/**
 * Measures how far annotators agree on one document: the front door of this package.
 *
 * <pre>{@code
 * AgreementReport report = Agreement.measure(List.of(
 *         new AnnotatorCopy("ana", anasCopy), new AnnotatorCopy("ben", bensCopy)));
 * report.spans();         // per layer, pair and matching: precision, recall, F1
 * report.attributions();  // source, cue, content and whole-triple agreement
 * report.kappas();        // Cohen's per pair, Fleiss' over all, per categorical attribute
 * report.alphas();        // Krippendorff's unitizing alpha per layer
 * report.disagreements(); // each difference, in context
 * }</pre>
 */
public final class Agreement {
    /** The span layer name under which claims must also agree on claimant and type. */
    public static final String STRICT_CLAIMS = "Claim+claimant+type";

    private final List<AnnotatorCopy> copies;
    private final String text;
    private final List<SpanAgreement> spans = new ArrayList<>();
    private final List<AttributionAgreement> attributions = new ArrayList<>();
    private final List<KappaScore> kappas = new ArrayList<>();
    private final List<AlphaScore> alphas = new ArrayList<>();
    private final List<Disagreement> disagreements = new ArrayList<>();

    private Agreement(List<AnnotatorCopy> copies) {
        this.copies = copies;
        this.text = copies.get(0).document().text();
    }

    /**
     * Compares two or more copies of one document.
     *
     * @throws IllegalArgumentException when there are fewer than two copies, two share an annotator
     *                                  name, or their texts differ
     */
    public static AgreementReport measure(List<AnnotatorCopy> copies) {
        Set<String> names = check(copies);
        Agreement agreement = new Agreement(List.copyOf(copies));
        for (ComparedLayer layer : ComparedLayer.of(copies.stream().map(AnnotatorCopy::document).toList())) {
            agreement.layer(layer);
        }
        agreement.attributions();
        return new AgreementReport(List.copyOf(names), agreement.text.length(), agreement.spans, agreement.attributions,
                agreement.kappas, agreement.alphas, agreement.disagreements);
    }

    /**
     * The annotators' names, once {@code copies} are found to be two or more copies of one text with
     * distinct annotators.
     *
     * @throws IllegalArgumentException otherwise, saying which copy is wrong
     */
    static Set<String> check(List<AnnotatorCopy> copies) {
        Objects.requireNonNull(copies, "copies");
        if (copies.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two copies, got " + copies.size());
        }
        Set<String> names = new LinkedHashSet<>();
        String text = copies.get(0).document().text();
        for (AnnotatorCopy copy : copies) {
            if (!names.add(copy.annotator())) {
                throw new IllegalArgumentException("two copies are named " + copy.annotator());
            }
            if (!copy.document().text().equals(text)) {
                throw new IllegalArgumentException("the copy of " + copy.annotator() + " (" + copy.document().id()
                        + ") has another text than the copy of " + copies.get(0).annotator() + " ("
                        + copies.get(0).document().id() + "): agreement compares copies of one text");
            }
        }
        return names;
    }

    private void layer(ComparedLayer layer) {
        List<List<Unit>> units = layer.units();
        for (int i = 0; i < copies.size(); i++) {
            for (int j = i + 1; j < copies.size(); j++) {
                pair(layer, i, units.get(i), j, units.get(j));
            }
        }
        if (layer.attribute() != null) {
            kappas.add(fleiss(layer, units));
        }
        if (layer.unitized()) {
            alphas.add(alpha(layer, units));
        }
    }

    /**
     * Whether two units match under {@code matching}: exactly also needs the same {@link Unit#key()}.
     * Units that lie nowhere (entities without mentions) match only each other, with the same category and key.
     */
    static boolean matches(Matching matching, Unit x, Unit y) {
        if (x.extent() == null || y.extent() == null) {
            return x.extent() == y.extent() && x.category().equals(y.category()) && Objects.equals(x.key(), y.key());
        }
        return matching.matches(x.extent(), y.extent()) && (matching == Matching.OVERLAP || Objects.equals(x.key(), y.key()));
    }

    private void pair(ComparedLayer layer, int i, List<Unit> first, int j, List<Unit> second) {
        String a = copies.get(i).annotator();
        String b = copies.get(j).annotator();
        for (Matching matching : Matching.values()) {
            Alignment<Unit> aligned = Alignment.of(first, second, Unit::extent, (x, y) -> matches(matching, x, y));
            spans.add(new SpanAgreement(layer.label(), a, b, matching, first.size(), second.size(), aligned.pairs().size()));
            if (matching == Matching.EXACT && layer.attribute() != null) {
                kappas.add(cohen(layer, a, b, aligned));
            }
            if (matching == Matching.OVERLAP) {
                differences(layer, a, b, aligned);
            }
        }
        if (layer.label().equals(Layer.CLAIM.label())) {
            for (Matching matching : Matching.values()) {
                Alignment<Unit> aligned = Alignment.of(first, second, Unit::extent,
                        (x, y) -> matching.matches(x.extent(), y.extent()) && x.category().equals(y.category())
                                && x.claimant().equals(y.claimant()));
                spans.add(new SpanAgreement(STRICT_CLAIMS, a, b, matching, first.size(), second.size(), aligned.pairs().size()));
            }
        }
    }

    private KappaScore cohen(ComparedLayer layer, String a, String b, Alignment<Unit> exact) {
        List<String[]> items = new ArrayList<>();
        for (Alignment.Pair<Unit> p : exact.pairs()) {
            items.add(new String[] {p.first().category(), p.second().category()});
        }
        return new KappaScore(layer.label(), layer.attribute(), "cohen", List.of(a, b), items.size(), Kappa.cohen(items));
    }

    /** Fleiss' kappa over the first copy's annotations that every other copy has on the same characters. */
    private KappaScore fleiss(ComparedLayer layer, List<List<Unit>> units) {
        List<String[]> items = new ArrayList<>();
        List<List<Alignment.Pair<Unit>>> withFirst = new ArrayList<>();
        for (int j = 1; j < units.size(); j++) {
            withFirst.add(Alignment.of(units.get(0), units.get(j), Unit::extent,
                    (x, y) -> matches(Matching.EXACT, x, y)).pairs());
        }
        for (Unit unit : units.get(0)) {
            String[] codes = new String[units.size()];
            codes[0] = unit.category();
            for (int j = 1; j < units.size() && codes[j - 1] != null; j++) {
                codes[j] = withFirst.get(j - 1).stream().filter(p -> p.first() == unit).map(p -> p.second().category())
                        .findFirst().orElse(null);
            }
            if (codes[codes.length - 1] != null) {
                items.add(codes);
            }
        }
        List<String> names = copies.stream().map(AnnotatorCopy::annotator).toList();
        return new KappaScore(layer.label(), layer.attribute(), "fleiss", names, items.size(), Kappa.fleiss(items));
    }

    private AlphaScore alpha(ComparedLayer layer, List<List<Unit>> units) {
        List<UnitizingAlpha.Section> sections = new ArrayList<>();
        for (int r = 0; r < units.size(); r++) {
            for (Unit unit : units.get(r)) {
                for (var fragment : unit.extent().fragments()) {
                    sections.add(new UnitizingAlpha.Section(r, fragment.start(), fragment.length(), unit.category()));
                }
            }
        }
        List<String> names = copies.stream().map(AnnotatorCopy::annotator).toList();
        return new AlphaScore(layer.label(), names, UnitizingAlpha.compute(0, text.length(), units.size(), sections));
    }

    private void differences(ComparedLayer layer, String a, String b, Alignment<Unit> overlap) {
        List<Disagreement> found = new ArrayList<>();
        for (Unit u : overlap.onlyFirst()) {
            found.add(difference(layer.label(), Disagreement.Kind.ONLY_FIRST, a, b, u.id(), u.extent(), null, null, ""));
        }
        for (Unit u : overlap.onlySecond()) {
            found.add(difference(layer.label(), Disagreement.Kind.ONLY_SECOND, a, b, null, null, u.id(), u.extent(), ""));
        }
        for (Alignment.Pair<Unit> p : overlap.pairs()) {
            Unit x = p.first();
            Unit y = p.second();
            if (!Objects.equals(x.extent(), y.extent())) {
                found.add(difference(layer.label(), Disagreement.Kind.BOUNDARY, a, b, x.id(), x.extent(), y.id(), y.extent(),
                        x.extent() + " ≠ " + y.extent()));
            }
            if (layer.attribute() != null && !x.category().equals(y.category())) {
                found.add(difference(layer.label(), Disagreement.Kind.CATEGORY, a, b, x.id(), x.extent(), y.id(), y.extent(),
                        x.category() + " ≠ " + y.category()));
            }
            if (!Objects.equals(x.key(), y.key())) {
                Disagreement.Kind kind = layer.label().equals(ComparedLayer.ENTITY) ? Disagreement.Kind.KB_IDS : Disagreement.Kind.ARGUMENTS;
                found.add(difference(layer.label(), kind, a, b, x.id(), x.extent(), y.id(), y.extent(),
                        describeKey(x.key()) + " ≠ " + describeKey(y.key())));
            }
            if (x.claimant() != null && !x.claimant().equals(y.claimant())) {
                found.add(difference(layer.label(), Disagreement.Kind.CLAIMANT, a, b, x.id(), x.extent(), y.id(), y.extent(),
                        x.claimant() + " ≠ " + y.claimant()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Agreement::place));
        disagreements.addAll(found);
    }

    private void attributions() {
        List<List<AttributionTriple>> triples = new ArrayList<>();
        for (AnnotatorCopy copy : copies) {
            triples.add(AttributionTriple.of(copy.document()));
        }
        for (int i = 0; i < copies.size(); i++) {
            for (int j = i + 1; j < copies.size(); j++) {
                String a = copies.get(i).annotator();
                String b = copies.get(j).annotator();
                Alignment<AttributionTriple> aligned = Alignment.of(triples.get(i), triples.get(j), AttributionTriple::anchor,
                        (x, y) -> Matching.OVERLAP.matches(x.anchor(), y.anchor()));
                for (Matching matching : Matching.values()) {
                    attributions.add(attributionAgreement(a, b, matching, triples.get(i).size(), triples.get(j).size(), aligned));
                }
                attributionDifferences(a, b, aligned);
            }
        }
    }

    private static AttributionAgreement attributionAgreement(String a, String b, Matching matching, int firstCount,
                                                             int secondCount, Alignment<AttributionTriple> aligned) {
        int source = 0;
        int cue = 0;
        int content = 0;
        int triple = 0;
        for (Alignment.Pair<AttributionTriple> p : aligned.pairs()) {
            boolean s = AttributionTriple.sameRole(p.first().source(), p.second().source(), matching);
            boolean c = AttributionTriple.sameRole(p.first().cue(), p.second().cue(), matching);
            boolean k = AttributionTriple.sameRole(p.first().content(), p.second().content(), matching);
            source += s ? 1 : 0;
            cue += c ? 1 : 0;
            content += k ? 1 : 0;
            triple += s && c && k ? 1 : 0;
        }
        return new AttributionAgreement(a, b, matching, firstCount, secondCount, aligned.pairs().size(), source, cue,
                content, triple);
    }

    private void attributionDifferences(String a, String b, Alignment<AttributionTriple> aligned) {
        List<Disagreement> found = new ArrayList<>();
        String layer = "Attribution";
        for (AttributionTriple t : aligned.onlyFirst()) {
            found.add(difference(layer, Disagreement.Kind.ONLY_FIRST, a, b, t.id(), t.anchor(), null, null, ""));
        }
        for (AttributionTriple t : aligned.onlySecond()) {
            found.add(difference(layer, Disagreement.Kind.ONLY_SECOND, a, b, null, null, t.id(), t.anchor(), ""));
        }
        for (Alignment.Pair<AttributionTriple> p : aligned.pairs()) {
            AttributionTriple x = p.first();
            AttributionTriple y = p.second();
            role(found, Disagreement.Kind.SOURCE, a, b, x, y, x.source(), y.source());
            role(found, Disagreement.Kind.CUE, a, b, x, y, x.cue(), y.cue());
            role(found, Disagreement.Kind.CONTENT, a, b, x, y, x.content(), y.content());
        }
        found.sort(java.util.Comparator.comparingInt(Agreement::place));
        disagreements.addAll(found);
    }

    private void role(List<Disagreement> found, Disagreement.Kind kind, String a, String b, AttributionTriple x,
                      AttributionTriple y, Extent first, Extent second) {
        if (AttributionTriple.sameRole(first, second, Matching.EXACT)) {
            return;
        }
        String detail = describe(first) + " ≠ " + describe(second);
        Extent where = first != null ? first : second;
        found.add(new Disagreement("Attribution", kind, a, b, x.id(), x.anchor(), y.id(), y.anchor(), detail,
                Disagreement.context(text, where)));
    }

    private static String describeKey(String key) {
        return key == null ? "(none)" : key;
    }

    private String describe(Extent extent) {
        return extent == null ? "(none)" : extent + " \"" + extent.coveredText(text) + "\"";
    }

    private Disagreement difference(String layer, Disagreement.Kind kind, String a, String b, String firstId,
                                    Extent firstExtent, String secondId, Extent secondExtent, String detail) {
        Extent where = firstExtent != null ? firstExtent : secondExtent;
        return new Disagreement(layer, kind, a, b, firstId, firstExtent, secondId, secondExtent, detail,
                Disagreement.context(text, where));
    }

    /** Where a disagreement lies in the text, for sorting: its first extent's start, or -1. */
    private static int place(Disagreement d) {
        Extent where = d.firstExtent() != null ? d.firstExtent() : d.secondExtent();
        return where == null ? -1 : where.start();
    }
}
