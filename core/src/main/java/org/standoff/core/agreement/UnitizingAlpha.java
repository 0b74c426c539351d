package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Krippendorff's unitizing alpha (Krippendorff 1995, "On the reliability of unitizing continuous
 * data"; 2004, "Measuring the reliability of qualitative text analysis data"), computed on characters
 * as DKPro Statistics' {@code KrippendorffAlphaUnitizingAgreement} does and INCEpTION reports it.
 *
 * <p>The continuum is the document's text, {@code [0, length)}. Per category, every rater divides it
 * into units of the category and gaps; the observed disagreement sums, over every pair of raters and
 * every overlapping pair of sections, the squared differences of their begins and ends (a unit against
 * a gap it lies in counts its squared length), divided by {@code R(R−1)L²/2}; the expected
 * disagreement is what the same units and gaps would give if placed at random. Per category
 * {@code α = 1 − Do/De}; over all categories {@code α = 1 − mean(Do)/mean(De)}. When {@code Do = De}
 * alpha is 0 (DKPro's convention).
 *
 * <p>Krippendorff's (2004) worked example, continuum 150–450, two raters: category c, rater i
 * {@code [225,295) [370,400)}, rater j {@code [220,300) [355,375) [400,420)}; category k both
 * {@code [180,240) [300,350)}: Do(c) ≈ 0.0144, De(c) ≈ 0.0532, α(c) ≈ 0.7285, α(k) = 1, α ≈ 0.8587.
 */
public final class UnitizingAlpha {

    /**
     * One unit: a rater's stretch {@code [begin, begin + length)} of a category.
     */
    public record Section(int rater, long begin, long length, String category) {
        /** Order: begin, then length, then rater, then category (DKPro's order). */
        static final Comparator<Section> ORDER = Comparator.comparingLong(Section::begin)
                .thenComparingLong(Section::length).thenComparingInt(Section::rater)
                .thenComparing(Section::category);
    }

    /** The coefficient per category and over all of them. */
    public record Result(Map<String, Coefficient> categories, Coefficient overall) {
    }

    private final long begin;
    private final long length;
    private final int raters;
    private final List<Section> units;

    private UnitizingAlpha(long begin, long length, int raters, List<Section> units) {
        this.begin = begin;
        this.length = length;
        this.raters = raters;
        this.units = units;
    }

    /**
     * Computes alpha for {@code raters} raters on the continuum {@code [begin, begin + length)}.
     * Identical units of one rater count once.
     *
     * @throws IllegalArgumentException when a unit lies outside the continuum or names an unknown rater
     */
    public static Result compute(long begin, long length, int raters, List<Section> sections) {
        TreeSet<Section> distinct = new TreeSet<>(Section.ORDER);
        for (Section s : sections) {
            if (s.rater() < 0 || s.rater() >= raters) {
                throw new IllegalArgumentException("unknown rater " + s.rater() + " of " + raters);
            }
            if (s.begin() < begin || s.length() < 0 || s.begin() + s.length() > begin + length) {
                throw new IllegalArgumentException("unit " + s + " lies outside [" + begin + ", " + (begin + length) + ")");
            }
            distinct.add(s);
        }
        UnitizingAlpha alpha = new UnitizingAlpha(begin, length, raters, List.copyOf(distinct));
        Map<String, Coefficient> perCategory = new LinkedHashMap<>();
        for (Section s : distinct.stream().sorted(Comparator.comparing(Section::category)).toList()) {
            perCategory.computeIfAbsent(s.category(), alpha::category);
        }
        double observed = 0;
        double expected = 0;
        for (Coefficient c : perCategory.values()) {
            observed += c.observed();
            expected += c.expected();
        }
        observed /= perCategory.size();
        expected /= perCategory.size();
        return new Result(java.util.Collections.unmodifiableMap(perCategory), coefficient(observed, expected));
    }

    private Coefficient category(String category) {
        return coefficient(observed(category), expected(category));
    }

    private static Coefficient coefficient(double observed, double expected) {
        if (Double.isNaN(observed) || Double.isNaN(expected)) {
            return new Coefficient(observed, expected, Double.NaN);
        }
        return new Coefficient(observed, expected, observed == expected ? 0.0 : 1.0 - observed / expected);
    }

    private List<Section> of(int rater, String category) {
        List<Section> out = new ArrayList<>();
        for (Section s : units) {
            if (s.rater() == rater && s.category().equals(category)) {
                out.add(s);
            }
        }
        return out;
    }

    /** One rater's current section in a walk along the continuum: a unit, or the gap before the next. */
    private final class Walk {
        private final List<Section> sections;
        private int next;
        long offset = begin;
        long size;
        boolean inUnit;

        Walk(List<Section> sections) {
            this.sections = sections;
        }

        boolean hasNext() {
            return next < sections.size();
        }

        /** At {@code pos}, the end of the current section: steps into the next unit or gap. */
        void step(long pos) {
            if (hasNext() && pos == sections.get(next).begin()) {
                size = sections.get(next).length();
                inUnit = true;
                next++;
            } else {
                size = (hasNext() ? sections.get(next).begin() : begin + length) - pos;
                inUnit = false;
            }
            offset = pos;
        }

        long end() {
            return offset + size;
        }
    }

    private double observed(String category) {
        double sum = 0;
        for (int r1 = 0; r1 < raters; r1++) {
            for (int r2 = r1 + 1; r2 < raters; r2++) {
                Walk a = new Walk(of(r1, category));
                Walk b = new Walk(of(r2, category));
                long pos = begin;
                while (pos < begin + length && (a.hasNext() || b.hasNext())) {
                    if (pos == a.end()) {
                        a.step(pos);
                    }
                    if (pos == b.end()) {
                        b.step(pos);
                    }
                    sum += distance(a, b);
                    pos = Math.min(a.end(), b.end());
                }
            }
        }
        return 2.0 * sum / ((double) raters * (raters - 1) * ((double) length * length));
    }

    /** Krippendorff's squared distance between two overlapping sections of two raters. */
    private static double distance(Walk a, Walk b) {
        long beginDiff = a.offset - b.offset;
        long lengthDiff = a.size - b.size;
        if (a.inUnit && b.inUnit && -a.size < beginDiff && beginDiff < b.size) {
            double endDiff = beginDiff + lengthDiff;
            return (double) beginDiff * beginDiff + endDiff * endDiff;
        }
        if (a.inUnit && !b.inUnit && -lengthDiff >= beginDiff && beginDiff >= 0) {
            return (double) a.size * a.size;
        }
        if (!a.inUnit && b.inUnit && -lengthDiff <= beginDiff && beginDiff <= 0) {
            return (double) b.size * b.size;
        }
        return 0.0;
    }

    private double expected(String category) {
        List<Section> ofCategory = new ArrayList<>();
        double squaredLengths = 0;
        for (Section s : units) {
            if (s.category().equals(category)) {
                ofCategory.add(s);
                squaredLengths += s.length() * (s.length() - 1.0);
            }
        }
        List<Long> gaps = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            Walk walk = new Walk(of(r, category));
            long pos = begin;
            while (pos < begin + length) {
                if (pos == walk.end()) {
                    walk.step(pos);
                    if (!walk.inUnit) {
                        gaps.add(walk.size);
                    }
                }
                pos = walk.end();
            }
        }
        gaps.sort(Comparator.reverseOrder());
        int n = ofCategory.size();
        double sum = 0;
        for (Section s : ofCategory) {
            double l = s.length();
            sum += (n - 1.0) * (2 * l * l * l - 3 * l * l + l) / 3.0;
            double fits = 0;
            for (long gap : gaps) {
                if (gap < s.length()) {
                    break;
                }
                fits += gap - l + 1.0;
            }
            sum += fits * l * l;
        }
        double rl = (double) raters * length;
        return sum * (2.0 / length) / (rl * (rl - 1) - squaredLengths);
    }
}
