package org.standoff.corpus.uima;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.json.jsoncas2.mode.OffsetConversionMode;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Document;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.interop.RandomAnnotatedDocuments;
import org.standoff.core.text.OffsetUnit;

/** Our CAS JSON against Apache UIMA's: what UIMA writes we read, and what we write UIMA reads, with the same annotations. */
class UimaInteropTest {
    private static final String TEXT = "👨🏻‍🚒 \u201cNo,\u201d Putin said.\r\nHe left.";
    private static final String COREF = "de.tudarmstadt.ukp.dkpro.core.api.coref.type.";
    private final CasJsonFormat format = new CasJsonFormat();

    private static TypeSystemDescription inceptionLikeTypes() {
        TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription quote = tsd.addType("webanno.custom.Quote", "", CAS.TYPE_NAME_ANNOTATION);
        quote.addFeature("id", "", CAS.TYPE_NAME_STRING);
        quote.addFeature("label", "", CAS.TYPE_NAME_STRING);
        TypeDescription mention = tsd.addType("webanno.custom.Mention", "", CAS.TYPE_NAME_ANNOTATION);
        mention.addFeature("label", "", CAS.TYPE_NAME_STRING);
        TypeDescription cue = tsd.addType("webanno.custom.Cue", "", CAS.TYPE_NAME_ANNOTATION);
        cue.addFeature("lemma", "", CAS.TYPE_NAME_STRING);
        TypeDescription link = tsd.addType("webanno.custom.AttributionLink", "", CAS.TYPE_NAME_TOP);
        link.addFeature("role", "", CAS.TYPE_NAME_STRING);
        link.addFeature("target", "", CAS.TYPE_NAME_ANNOTATION);
        TypeDescription host = tsd.addType("webanno.custom.Attribution", "", CAS.TYPE_NAME_ANNOTATION);
        host.addFeature("links", "", CAS.TYPE_NAME_FS_ARRAY, "webanno.custom.AttributionLink", false);
        TypeDescription relation = tsd.addType("webanno.custom.Addressed", "", CAS.TYPE_NAME_ANNOTATION);
        relation.addFeature("Governor", "", CAS.TYPE_NAME_ANNOTATION);
        relation.addFeature("Dependent", "", CAS.TYPE_NAME_ANNOTATION);
        TypeDescription chainLink = tsd.addType(COREF + "CoreferenceLink", "", CAS.TYPE_NAME_ANNOTATION);
        chainLink.addFeature("next", "", COREF + "CoreferenceLink");
        chainLink.addFeature("referenceType", "", CAS.TYPE_NAME_STRING);
        tsd.addType(COREF + "CoreferenceChain", "", CAS.TYPE_NAME_TOP).addFeature("first", "", COREF + "CoreferenceLink");
        return tsd;
    }

    private static AnnotationFS add(CAS cas, String type, String covered, int from) {
        int start = TEXT.indexOf(covered, from);
        AnnotationFS fs = cas.createAnnotation(cas.getTypeSystem().getType(type), start, start + covered.length());
        cas.addFsToIndexes(fs);
        return fs;
    }

    private static void set(FeatureStructure fs, String feature, String value) {
        fs.setStringValue(fs.getType().getFeatureByBaseName(feature), value);
    }

    private static void ref(FeatureStructure fs, String feature, FeatureStructure value) {
        fs.setFeatureValue(fs.getType().getFeatureByBaseName(feature), value);
    }

    private CAS inceptionLikeCas() throws Exception {
        CAS cas = UimaTypeSystems.cas(inceptionLikeTypes());
        cas.setDocumentText(TEXT);
        AnnotationFS quote = add(cas, "webanno.custom.Quote", "\u201cNo,\u201d", 0);
        set(quote, "id", "q1");
        set(quote, "label", "DIRECT");
        AnnotationFS putin = add(cas, "webanno.custom.Mention", "Putin", 0);
        set(putin, "label", "NAME");
        AnnotationFS said = add(cas, "webanno.custom.Cue", "said", 0);
        set(said, "lemma", "say");
        List<FeatureStructure> links = new ArrayList<>();
        for (Object[] slot : new Object[][] {{"source", putin}, {"cue", said}, {"content", quote}}) {
            FeatureStructure link = cas.createFS(cas.getTypeSystem().getType("webanno.custom.AttributionLink"));
            set(link, "role", (String) slot[0]);
            ref(link, "target", (FeatureStructure) slot[1]);
            links.add(link);
        }
        AnnotationFS host = add(cas, "webanno.custom.Attribution", "said", 0);
        FSArray<FeatureStructure> array = new FSArray<>(cas.getJCas(), 3);
        for (int i = 0; i < 3; i++) {
            array.set(i, links.get(i));
        }
        ref(host, "links", array);
        AnnotationFS he = add(cas, COREF + "CoreferenceLink", "He", 0);
        set(he, "referenceType", "PRO");
        AnnotationFS putinLink = add(cas, COREF + "CoreferenceLink", "Putin", 0);
        set(putinLink, "referenceType", "NAM");
        ref(putinLink, "next", he);
        FeatureStructure chain = cas.createFS(cas.getTypeSystem().getType(COREF + "CoreferenceChain"));
        ref(chain, "first", putinLink);
        cas.addFsToIndexes(chain);
        AnnotationFS addressed = add(cas, "webanno.custom.Addressed", "He", 0);
        ref(addressed, "Governor", putin);
        ref(addressed, "Dependent", he);
        return cas;
    }

    @Test
    void whatUimaWritesWeReadWithTheSameAnnotations() throws Exception {
        for (OffsetConversionMode mode : OffsetConversionMode.values()) {
            String json = UimaTypeSystems.write(inceptionLikeCas(), mode);

            ImportResult result = format.read(List.of(SourceFile.of("uima.json", json)), ImportOptions.DEFAULTS);

            assertThat(result.diagnostics()).as(mode.name()).isEmpty();
            Document doc = result.documents().get(0);
            assertThat(doc.text()).isEqualTo(TEXT);
            assertThat(doc.quotes()).singleElement().satisfies(q -> {
                assertThat(q.id().value()).isEqualTo("q1");
                assertThat(q.coveredText(TEXT)).isEqualTo("\u201cNo,\u201d");
            });
            assertThat(doc.cues()).singleElement().satisfies(c -> assertThat(c.lemma()).isEqualTo("say"));
            Attribution attribution = doc.attributions().get(0);
            assertThat(doc.mention(attribution.source()).orElseThrow().coveredText(TEXT)).isEqualTo("Putin");
            assertThat(doc.cue(attribution.cue()).orElseThrow().coveredText(TEXT)).isEqualTo("said");
            assertThat(attribution.contents()).extracting(c -> c.quote().value()).containsExactly("q1");
            assertThat(doc.entities()).hasSize(1);
            assertThat(doc.mentionsOf(doc.entities().get(0).id())).extracting(m -> m.mentionType() + " " + m.coveredText(TEXT))
                    .containsExactly("NAME Putin", "PRONOUN He");
            assertThat(doc.genericRelations()).singleElement().satisfies(r -> {
                assertThat(r.layer()).isEqualTo("Addressed");
                assertThat(r.arguments()).extracting(a -> a.role() + ":" + doc.annotation(a.target().value())
                        .map(x -> ((SpanAnnotation) x).coveredText(TEXT)).orElse("?"))
                        .containsExactly("Governor:Putin", "Dependent:He");
            });
        }
    }

    @Test
    void whatWeWriteUimaReadsWithTheSameAnnotations() throws Exception {
        for (long seed = 0; seed < 30; seed++) {
            Document doc = RandomAnnotatedDocuments.document(seed);
            for (OffsetUnit unit : OffsetUnit.values()) {
                String json = format.write(List.of(doc), new ExportOptions(unit, false)).files().get(0).content();

                CAS cas = UimaTypeSystems.read(json);

                assertThat(cas.getDocumentText()).isEqualTo(doc.text());
                List<String> uima = new ArrayList<>();
                for (AnnotationFS fs : cas.getAnnotationIndex()) {
                    Type type = fs.getType();
                    if (type.getName().startsWith("webanno.custom.") && type.getFeatureByBaseName("links") == null
                            && type.getFeatureByBaseName("Governor") == null && !type.getShortName().equals("Supplement")) {
                        uima.add(fs.getStringValue(type.getFeatureByBaseName("id")) + " " + fs.getBegin() + " " + fs.getEnd());
                    }
                }
                List<String> ours = new ArrayList<>();
                doc.spanAnnotations().stream().filter(a -> !(a instanceof org.standoff.core.model.Segment)
                        || !List.of("TOKEN", "SENTENCE").contains(((org.standoff.core.model.Segment) a).segmentType().name()))
                        .forEach(a -> ours.add(a.id().value() + " " + a.span().start() + " " + a.span().end()));
                assertThat(uima).as("seed %d, %s", seed, unit).containsExactlyInAnyOrderElementsOf(ours);
                assertThat(countAttributions(cas)).isEqualTo(doc.attributions().size());
            }
        }
    }

    private static int countAttributions(CAS cas) {
        Type host = cas.getTypeSystem().getType("webanno.custom.Attribution");
        return host == null ? 0 : cas.getAnnotationIndex(host).size();
    }
}
