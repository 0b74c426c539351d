package org.standoff.corpus.brat;

import java.util.List;
import org.standoff.corpus.exchange.DomainLabels;

/**
 * The names the brat mapping uses: the generic layers brat lines become, and the brat types that
 * carry Standoff's domain annotations (docs/formats/brat.md has the table).
 */
final class BratVocabulary {
    /** Span layer of {@code T} lines of entity types. */
    static final String ENTITY_LAYER = "brat.entity";
    /** Span layer of {@code T} lines that are event triggers. */
    static final String TRIGGER_LAYER = "brat.trigger";
    /** Relation layer of {@code *} lines; role {@link #MEMBER_ROLE}. */
    static final String EQUIV_LAYER = "brat.equiv";
    /** Relation layer of {@code #} lines on generic annotations; role {@link #TARGET_ROLE}, attribute {@code text}. */
    static final String NOTE_LAYER = "brat.note";
    /** Relation layer of {@code N} lines on generic annotations; attributes {@code resource}, {@code entry}, {@code text}. */
    static final String NORMALIZATION_LAYER = "brat.normalization";
    /** The role of an event's trigger in an event's generic relation. */
    static final String TRIGGER_ROLE = "Trigger";
    /** The role of each member of a {@code *} group. */
    static final String MEMBER_ROLE = "Member";
    /** The role of the annotation a note or normalization is attached to. */
    static final String TARGET_ROLE = "Target";

    static final String MENTION = DomainLabels.MENTION;
    static final String QUOTE = DomainLabels.QUOTE;
    static final String CUE = DomainLabels.CUE;
    static final String CLAIM = DomainLabels.CLAIM;
    static final String SEGMENT = DomainLabels.SEGMENT;
    static final String ATTRIBUTION = "Attribution";
    static final String ADDRESSEE = "Addressee";
    static final String SETTING = "Setting";
    static final String VERBATIM = "Verbatim";

    static final String SOURCE_ROLE = "Source";
    static final String CUE_ROLE = "Cue";
    static final String NESTED_IN_ROLE = "NestedIn";

    static final String EMBEDDED_IN = "EmbeddedIn";
    static final String CLAIMANT = "Claimant";
    static final String CLAIM_QUOTE = "ClaimQuote";
    static final String CLAIM_ATTRIBUTION = "ClaimAttribution";
    static final String COREF = "Coref";

    static final String ENTITY_TYPE = "EntityType";
    static final String METONYMY = "Metonymy";
    static final String CHECKWORTHY = "Checkworthy";
    /** The resource of the {@code N} line that names a mention's entity id and canonical name. */
    static final String STANDOFF_RESOURCE = "standoff";
    static final String REFERENCE = "Reference";
    static final String NOTES = "AnnotatorNotes";

    /** Relation types of the domain mapping, for annotation.conf. */
    static final List<String> DOMAIN_RELATIONS = List.of(EMBEDDED_IN, VERBATIM, CLAIMANT, CLAIM_QUOTE, CLAIM_ATTRIBUTION);

    private BratVocabulary() {
    }

    /** The brat type name for a label: brat types cannot hold white space or ':'; those become '_'. */
    static String typeName(String label) {
        return label.replaceAll("[\\s:]", "_");
    }
}
