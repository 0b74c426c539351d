package org.standoff.core.agreement;

import java.util.Locale;
import java.util.Map;

/**
 * An {@link AgreementReport} as plain-text tables, the way {@code standoff agree} prints it; figures
 * to three decimals, {@code n/a} for an undefined coefficient.
 */
public final class AgreementTable {
    private AgreementTable() {
    }

    /** The tables: spans, attributions, kappa, unitizing alpha. */
    public static String figures(AgreementReport report) {
        StringBuilder out = new StringBuilder();
        out.append("annotators: ").append(String.join(", ", report.annotators()))
                .append("; text: ").append(report.textLength()).append(" characters\n\n");
        out.append(row("spans", "pair", "matching", "first", "second", "matched", "P", "R", "F1"));
        for (SpanAgreement s : report.spans()) {
            out.append(row(s.layer(), pair(s.first(), s.second()), s.matching().label(), s.firstCount(), s.secondCount(),
                    s.matched(), s.precision(), s.recall(), s.f1()));
        }
        out.append('\n').append(row("attributions", "pair", "matching", "first", "second", "paired", "source", "cue",
                "content", "triple"));
        for (AttributionAgreement a : report.attributions()) {
            out.append(row("Attribution", pair(a.first(), a.second()), a.matching().label(), a.firstCount(),
                    a.secondCount(), a.paired(), a.sourceF1(), a.cueF1(), a.contentF1(), a.tripleF1()));
        }
        out.append('\n').append(row("kappa", "attribute", "method", "annotators", "items", "observed", "expected", "kappa"));
        for (KappaScore k : report.kappas()) {
            out.append(row(k.layer(), k.attribute(), k.method(), String.join("–", k.annotators()), k.items(),
                    k.coefficient().observed(), k.coefficient().expected(), k.coefficient().value()));
        }
        out.append('\n').append(row("unitizing alpha", "category", "Do", "De", "alpha"));
        for (AlphaScore a : report.alphas()) {
            for (Map.Entry<String, Coefficient> c : a.alpha().categories().entrySet()) {
                out.append(row(a.layer(), c.getKey(), small(c.getValue().observed()), small(c.getValue().expected()),
                        c.getValue().value()));
            }
            Coefficient all = a.alpha().overall();
            out.append(row(a.layer(), "(all)", small(all.observed()), small(all.expected()), all.value()));
        }
        return out.toString();
    }

    /** One line per disagreement: layer, kind, both sides, what differs, the text in context. */
    public static String differences(AgreementReport report) {
        StringBuilder out = new StringBuilder();
        for (Disagreement d : report.disagreements()) {
            out.append(d.layer()).append('\t').append(d.kind()).append('\t')
                    .append(side(d.first(), d.firstId(), d.firstExtent())).append('\t')
                    .append(side(d.second(), d.secondId(), d.secondExtent())).append('\t')
                    .append(d.detail()).append('\t').append(d.context()).append('\n');
        }
        return out.toString();
    }

    /** A disagreement on characters is small (divided by the squared text length): three significant digits. */
    private static String small(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3e", value);
    }

    private static String side(String annotator, String id, Object extent) {
        return id == null ? annotator + ":-" : annotator + ":" + id + " " + extent;
    }

    private static String pair(String first, String second) {
        return first + "–" + second;
    }

    private static String row(Object... cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = format(cells[i]);
            int width = i == 0 ? 20 : 10;
            out.append(i == 0 ? String.format(Locale.ROOT, "%-" + width + "s", cell)
                    : String.format(Locale.ROOT, " %" + width + "s", cell));
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String format(Object cell) {
        if (cell instanceof Double d) {
            return d.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
        }
        return String.valueOf(cell);
    }
}
