package org.standoff.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.RandomDocuments;
import org.standoff.core.model.Revision;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;

/**
 * Whatever the revision: nothing is dropped, every span lies in the new text on code point
 * boundaries, and a status never lies (exact and shifted spans cover their old text, orphaned ones are empty).
 */
class ReanchorProperties {
    private static final String[] PIECES = {"a", "Jiang", " ", ".", "\n", "\r\n", "\"", "\u201D", "\uD83D\uDE00", "é"};

    @Provide
    Arbitrary<String> texts() {
        return RandomDocuments.texts();
    }

    @Property(tries = 200)
    void statusesTellTheTruth(@ForAll("texts") String text, @ForAll long seed) {
        Random random = new Random(seed);
        Document old = RandomDocuments.document(text, random);
        String newText = revise(old.text(), random);
        Reanchoring result = Reanchor.reanchor(old, newText);
        Document moved = result.document();
        assertThat(moved.text()).isEqualTo(newText);
        assertThat(moved.annotations()).hasSameSizeAs(old.annotations());
        Revision revision = moved.revision().orElseThrow();
        assertThat(revision.anchors()).hasSameSizeAs(old.annotations());
        for (Revision.Anchor anchor : revision.anchors()) {
            Annotation before = old.annotation(anchor.annotation()).orElseThrow();
            Annotation after = moved.annotation(anchor.annotation()).orElseThrow();
            if (!(before instanceof SpanAnnotation)) {
                continue;
            }
            SpanAnnotation a = (SpanAnnotation) before;
            SpanAnnotation b = (SpanAnnotation) after;
            for (Span fragment : b.extent().fragments()) {
                assertThat(fragment.end()).isLessThanOrEqualTo(newText.length());
                assertThat(splitsPair(newText, fragment.start()) || splitsPair(newText, fragment.end())).isFalse();
            }
            if (anchor.status() == AnchorStatus.EXACT) {
                assertThat(b.extent()).isEqualTo(a.extent());
            }
            if (anchor.status() == AnchorStatus.EXACT || anchor.status() == AnchorStatus.SHIFTED) {
                assertThat(b.coveredText(newText)).isEqualTo(a.coveredText(old.text()));
            }
            if (anchor.status() == AnchorStatus.ORPHANED) {
                assertThat(b.span().isEmpty()).isTrue();
                assertThat(anchor.previousText()).isEqualTo(a.coveredText(old.text()));
            }
        }
        assertThat(result.report().counts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(old.annotations().size());
    }

    /** A few random insertions, deletions and replacements of whole code points. */
    private static String revise(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = boundary(out, random.nextInt(out.length() + 1));
            int end = boundary(out, Math.min(out.length(), at + random.nextInt(6)));
            out.replace(at, end, random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)] : "");
        }
        return out.toString();
    }

    private static int boundary(CharSequence text, int p) {
        return splitsPair(text, p) ? p - 1 : p;
    }

    private static boolean splitsPair(CharSequence text, int p) {
        return p > 0 && p < text.length() && Character.isHighSurrogate(text.charAt(p - 1))
                && Character.isLowSurrogate(text.charAt(p));
    }
}
