package org.standoff.server.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.agreement.AgreementReport;
import org.standoff.core.agreement.AlphaScore;
import org.standoff.core.agreement.AttributionAgreement;
import org.standoff.core.agreement.Coefficient;
import org.standoff.core.agreement.Disagreement;
import org.standoff.core.agreement.KappaScore;
import org.standoff.core.agreement.SpanAgreement;
import org.standoff.core.model.Extent;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * An {@link AgreementReport} as ordered maps and lists: what {@code standoff agree --json} prints and
 * what the GraphQL {@code agreement} field resolves to, field for field. The disagreements' spans
 * are in the unit asked for (code points on the command line); {@code textLength}, the unitizing continuum, counts
 * UTF-16 code units as the figures do; an undefined coefficient is {@code null}.
 */
public final class AgreementAnswer {
    private AgreementAnswer() {
    }

    /** The whole report. */
    public static Map<String, Object> of(AgreementReport report, OffsetIndex offsets, OffsetUnit unit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("annotators", report.annotators());
        out.put("textLength", report.textLength());
        out.put("spans", report.spans().stream().map(AgreementAnswer::span).toList());
        out.put("attributions", report.attributions().stream().map(AgreementAnswer::attribution).toList());
        out.put("kappas", report.kappas().stream().map(AgreementAnswer::kappa).toList());
        out.put("alphas", report.alphas().stream().map(AgreementAnswer::alpha).toList());
        out.put("disagreements", report.disagreements().stream().map(d -> disagreement(d, offsets, unit)).toList());
        return out;
    }

    private static Map<String, Object> span(SpanAgreement s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("layer", s.layer());
        out.put("first", s.first());
        out.put("second", s.second());
        out.put("matching", s.matching().name());
        out.put("firstCount", s.firstCount());
        out.put("secondCount", s.secondCount());
        out.put("matched", s.matched());
        out.put("precision", s.precision());
        out.put("recall", s.recall());
        out.put("f1", s.f1());
        return out;
    }

    private static Map<String, Object> attribution(AttributionAgreement a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("first", a.first());
        out.put("second", a.second());
        out.put("matching", a.matching().name());
        out.put("firstCount", a.firstCount());
        out.put("secondCount", a.secondCount());
        out.put("paired", a.paired());
        out.put("source", a.source());
        out.put("cue", a.cue());
        out.put("content", a.content());
        out.put("triple", a.triple());
        out.put("sourceF1", a.sourceF1());
        out.put("cueF1", a.cueF1());
        out.put("contentF1", a.contentF1());
        out.put("tripleF1", a.tripleF1());
        return out;
    }

    private static Map<String, Object> kappa(KappaScore k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("layer", k.layer());
        out.put("attribute", k.attribute());
        out.put("method", k.method());
        out.put("annotators", k.annotators());
        out.put("items", k.items());
        coefficient(out, k.coefficient(), "kappa");
        return out;
    }

    private static Map<String, Object> alpha(AlphaScore a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("layer", a.layer());
        out.put("annotators", a.annotators());
        coefficient(out, a.alpha().overall(), "alpha");
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Map.Entry<String, Coefficient> c : a.alpha().categories().entrySet()) {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("category", c.getKey());
            coefficient(category, c.getValue(), "alpha");
            categories.add(category);
        }
        out.put("categories", categories);
        return out;
    }

    private static void coefficient(Map<String, Object> out, Coefficient c, String name) {
        out.put("observed", number(c.observed()));
        out.put("expected", number(c.expected()));
        out.put(name, number(c.value()));
    }

    private static Map<String, Object> disagreement(Disagreement d, OffsetIndex offsets, OffsetUnit unit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("layer", d.layer());
        out.put("kind", d.kind().name());
        out.put("first", d.first());
        out.put("second", d.second());
        out.put("firstId", d.firstId());
        out.put("firstSpans", spans(d.firstExtent(), offsets, unit));
        out.put("secondId", d.secondId());
        out.put("secondSpans", spans(d.secondExtent(), offsets, unit));
        out.put("detail", d.detail());
        out.put("context", d.context());
        return out;
    }

    private static List<Map<String, Object>> spans(Extent extent, OffsetIndex offsets, OffsetUnit unit) {
        if (extent == null) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Span s : extent.fragments()) {
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("start", offsets.fromUtf16(s.start(), unit));
            span.put("end", offsets.fromUtf16(s.end(), unit));
            out.add(span);
        }
        return out;
    }

    private static Double number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
