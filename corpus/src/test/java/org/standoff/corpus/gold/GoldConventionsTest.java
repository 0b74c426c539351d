package org.standoff.corpus.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Validator;

/** The gold document validates cleanly, matches the worked example, and follows the id conventions of Part F. */
class GoldConventionsTest {
    private final Document gold = GoldFixture.shipped();

    @Test
    void validatesWithZeroErrorsAndZeroWarnings() {
        assertThat(Validator.validate(gold)).isEmpty();
    }

    @Test
    void workedExampleOfAttributionMdSection8HoldsItsOffsets() {
        assertThat(gold.quote(QuoteId.of("q3")).orElseThrow().span()).isEqualTo(Span.of(372, 464));
        assertThat(gold.mention(MentionId.of("m-jiang-3")).orElseThrow().span()).isEqualTo(Span.of(465, 470));
        assertThat(gold.cue(CueId.of("c3")).orElseThrow().span()).isEqualTo(Span.of(471, 475));
        Attribution a3 = gold.attribution(AttributionId.of("a3")).orElseThrow();
        assertThat(a3.source()).isEqualTo(MentionId.of("m-jiang-3"));
        assertThat(a3.contents()).extracting(Attribution.Content::link)
                .containsExactly(ContentLink.EXPLICIT, ContentLink.CONTINUATION);
        assertThat(a3.supplements()).singleElement()
                .satisfies(s -> assertThat(s.span().coveredText(gold.text())).isEqualTo("after the signing ceremony in the Kremlin"));
    }

    @Test
    void mentionsAreNumberedInDocumentOrderWithinTheirEntity() {
        for (Entity entity : gold.entities()) {
            List<String> ids = gold.mentionsOf(entity.id()).stream().map(m -> m.id().value()).toList();
            String stem = "m-" + entity.id().value().substring(2) + "-";
            for (int i = 0; i < ids.size(); i++) {
                assertThat(ids.get(i)).as(entity.id().value()).isEqualTo(stem + (i + 1));
            }
        }
    }

    @Test
    void quotesCuesAndClaimsAreNumberedInDocumentOrder() {
        numbered(gold.quotes(), "q");
        numbered(gold.cues(), "c");
        numbered(gold.claims(), "cl");
    }

    private static void numbered(List<? extends SpanAnnotation> annotations, String prefix) {
        for (int i = 0; i < annotations.size(); i++) {
            assertThat(annotations.get(i).id().value()).isEqualTo(prefix + (i + 1));
        }
    }

    @Test
    void attributionNUsesCueN() {
        for (int i = 0; i < gold.attributions().size(); i++) {
            Attribution attribution = gold.attributions().get(i);
            assertThat(attribution.id().value()).isEqualTo("a" + (i + 1));
            assertThat(attribution.cue()).isEqualTo(CueId.of("c" + (i + 1)));
        }
    }

    /**
     * The tokenizer's word-internal splits that GUIDELINES.md ("Known properties of the output") lists:
     * every word with an apostrophe or a hyphen, as the tokens that cover it. The token layer is not
     * corrected by hand, so when a model update changes one of these the list and the guidelines change together.
     */
    @Test
    void wordsWithApostrophesAndHyphensAreTokenizedAsTheGuidelinesSay() {
        List<Segment> tokens = gold.segments().stream().filter(s -> s.segmentType() == SegmentType.TOKEN).toList();
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\\w+(?:['-]\\w*)+").matcher(gold.text());
        while (word.find()) {
            int start = word.start();
            int end = word.end();
            words.add(tokens.stream().filter(t -> t.span().start() >= start && t.span().end() <= end)
                    .map(t -> t.span().coveredText(gold.text())).reduce((a, b) -> a + " " + b).orElse("(none)"));
        }
        assertThat(words).containsExactly("post-Soviet", "nations '", "decade - long", "Russian - Chinese",
                "Russian - Chinese", "countries'", "Soviet - Chinese", "four - day", "Jiang's", "States'",
                "Washington's", "Anti- Ballistic", "weapons -free", "China's", "Russia's", "military - technical",
                "People's", "Russia's", "nations '", "January - May", "China's", "China's", "Russia's",
                "Russian - Chinese", "Jiang's");
    }

    @Test
    void theTextIsTheSeedFileExactly() {
        assertThat(gold.fingerprint().sha256()).isEqualTo("8197fb7cfb1af12c7d234c2c1af4b97e567495a9b57e882b2e7900cfc80017cd");
        assertThat(gold.fingerprint().utf16()).isEqualTo(5115);
        assertThat(gold.fingerprint().codepoints()).isEqualTo(5115);
    }
}
