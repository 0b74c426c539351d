package org.standoff.corpus.brat;

import static org.standoff.corpus.brat.BratVocabulary.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.corpus.exchange.DomainLabels;

/**
 * The brat lines that carry Standoff's domain annotations (the types in {@link BratVocabulary};
 * docs/formats/brat.md has the table). Each {@code accept…} method takes a line if it is one of
 * them and returns whether it did; {@link #build} adds the annotations and entities.
 */
final class DomainLines implements LineVocabulary {
    private final String fileName;
    private final Map<String, Extent> extents;
    private final List<Diagnostic> diagnostics;
    private final EntityGroups entities = new EntityGroups();
    private final Map<String, MentionType> mentions = new LinkedHashMap<>();
    private final Map<String, Quote> quotes = new LinkedHashMap<>();
    private final Map<String, Cue> cues = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, String> claimants = new LinkedHashMap<>();
    private final Map<String, String> helpers = new LinkedHashMap<>();
    private final List<Segment> segments = new ArrayList<>();
    private final Map<String, Attribution> attributions = new LinkedHashMap<>();

    DomainLines(String fileName, Map<String, Extent> extents, List<Diagnostic> diagnostics) {
        this.fileName = fileName;
        this.extents = extents;
        this.diagnostics = diagnostics;
    }

    /** Whether {@code id} is a domain annotation (or a helper span an attribution or quote uses). */
    boolean owns(String id) {
        return mentions.containsKey(id) || quotes.containsKey(id) || cues.containsKey(id) || claims.containsKey(id)
                || helpers.containsKey(id) || attributions.containsKey(id)
                || segments.stream().anyMatch(s -> s.id().value().equals(id));
    }

    @Override
    public boolean acceptSpan(AnnLine.TextBound t) {
        Extent extent = extents.get(t.id());
        if (extent == null) {
            return isDomainType(t.type());
        }
        SpanAnnotation domain = DomainLabels.span(t.id(), t.type(), extent);
        if (domain instanceof Mention) {
            mentions.put(t.id(), ((Mention) domain).mentionType());
            entities.add(t.id());
        } else if (domain instanceof Quote) {
            quotes.put(t.id(), (Quote) domain);
        } else if (domain instanceof Cue) {
            cues.put(t.id(), (Cue) domain);
        } else if (domain instanceof Claim) {
            claims.put(t.id(), (Claim) domain);
        } else if (domain instanceof Segment) {
            segments.add((Segment) domain);
        } else if (List.of(ATTRIBUTION, ADDRESSEE, SETTING, VERBATIM).contains(t.type())) {
            helpers.put(t.id(), t.type());
        } else {
            return false;
        }
        return true;
    }

    @Override
    public boolean acceptEvent(AnnLine.Event e) {
        if (!e.type().equals(ATTRIBUTION) || !ATTRIBUTION.equals(helpers.get(e.trigger()))) {
            return false;
        }
        attributions.put(e.id(), new Attribution(AttributionId.of(e.id()), null, null, List.of(), List.of(), null, null));
        return true;
    }

    @Override
    public void fillAttributions(List<AnnLine.Event> events) {
        for (AnnLine.Event e : events) {
            if (attributions.containsKey(e.id())) {
                attributions.put(e.id(), attribution(e));
            }
        }
    }

    private Attribution attribution(AnnLine.Event e) {
        MentionId source = null;
        CueId cue = null;
        AttributionId nestedIn = null;
        List<Attribution.Content> contents = new ArrayList<>();
        List<Supplement> supplements = new ArrayList<>();
        for (AnnLine.Arg arg : e.args()) {
            String role = arg.role().replaceAll("[0-9]+$", "");
            String target = arg.target();
            if (role.equals(SOURCE_ROLE) && mentions.containsKey(target)) {
                source = MentionId.of(target);
            } else if (role.equals(CUE_ROLE) && cues.containsKey(target)) {
                cue = CueId.of(target);
            } else if (role.equals(NESTED_IN_ROLE) && attributions.containsKey(target)) {
                nestedIn = AttributionId.of(target);
            } else if (contentLink(role) != null && quotes.containsKey(target)) {
                contents.add(new Attribution.Content(QuoteId.of(target), contentLink(role)));
            } else if ((role.equals(ADDRESSEE) || role.equals(SETTING)) && extents.containsKey(target)) {
                SupplementRole kind = role.equals(ADDRESSEE) ? SupplementRole.ADDRESSEE : SupplementRole.SETTING;
                supplements.add(new Supplement(kind, extents.get(target).bounds()));
            } else {
                warn(e.line(), e.id(), "argument " + arg.role() + ":" + target + " of an Attribution event is not "
                        + "Source:Mention, Cue:Cue, Content|Continuation|Split:Quote, Addressee|Setting:span or NestedIn:Attribution; dropped");
            }
        }
        return new Attribution(AttributionId.of(e.id()), source, cue, contents, supplements, nestedIn, null);
    }

    private static ContentLink contentLink(String role) {
        return switch (role) {
            case "Content" -> ContentLink.EXPLICIT;
            case "Continuation" -> ContentLink.CONTINUATION;
            case "Split" -> ContentLink.SPLIT;
            default -> null;
        };
    }

    @Override
    public boolean acceptRelation(AnnLine.Relation r) {
        if (r.args().size() != 2) {
            return false;
        }
        String from = r.args().get(0).target();
        String to = r.args().get(1).target();
        if (r.type().equals(EMBEDDED_IN) && quotes.containsKey(from) && quotes.containsKey(to)) {
            Quote q = quotes.get(from);
            quotes.put(from, new Quote(q.id(), q.extent(), q.quoteType(), q.verbatim(), QuoteId.of(to), null));
        } else if (r.type().equals(VERBATIM) && quotes.containsKey(from) && VERBATIM.equals(helpers.get(to))) {
            Quote q = quotes.get(from);
            List<Span> verbatim = new ArrayList<>(q.verbatim());
            verbatim.add(extents.get(to).bounds());
            verbatim.sort(Span.DOCUMENT_ORDER);
            quotes.put(from, new Quote(q.id(), q.extent(), q.quoteType(), verbatim, q.embeddedIn(), null));
        } else if (r.type().equals(CLAIMANT) && claims.containsKey(from) && mentions.containsKey(to)) {
            claimants.put(from, to);
        } else if (r.type().equals(CLAIM_QUOTE) && claims.containsKey(from) && quotes.containsKey(to)) {
            Claim c = claims.get(from);
            claims.put(from, claim(c, c.checkworthy(), c.claimText(), c.attribution(), QuoteId.of(to)));
        } else if (r.type().equals(CLAIM_ATTRIBUTION) && claims.containsKey(from) && attributions.containsKey(to)) {
            Claim c = claims.get(from);
            claims.put(from, claim(c, c.checkworthy(), c.claimText(), AttributionId.of(to), c.quote()));
        } else if (r.type().equals(COREF) && entities.contains(from) && entities.contains(to)) {
            entities.join(from, to);
        } else {
            return false;
        }
        return true;
    }

    @Override
    public boolean acceptEquiv(AnnLine.Equiv equiv) {
        if (equiv.members().size() < 2 || !equiv.members().stream().allMatch(entities::contains)) {
            return false;
        }
        equiv.members().forEach(member -> entities.join(equiv.members().get(0), member));
        return true;
    }

    @Override
    public boolean acceptAttribute(AnnLine.Attribute a) {
        String target = a.target();
        if (a.name().equals(ENTITY_TYPE) && entities.contains(target) && is(EntityType.class, a.value())) {
            entities.info(target).type = EntityType.valueOf(a.value());
        } else if (a.name().equals(METONYMY) && entities.contains(target) && a.value() == null) {
            entities.info(target).metonymy = true;
        } else if (a.name().equals(CHECKWORTHY) && claims.containsKey(target) && a.value() == null) {
            Claim c = claims.get(target);
            claims.put(target, claim(c, true, c.claimText(), c.attribution(), c.quote()));
        } else {
            return unsupported(a.line(), a.id(), target, "attribute " + a.name());
        }
        return true;
    }

    @Override
    public boolean acceptNormalization(AnnLine.Normalization n) {
        if (!entities.contains(n.target())) {
            return unsupported(n.line(), n.id(), n.target(), "normalization");
        }
        EntityGroups.Info info = entities.info(n.target());
        if (n.resource().equals(STANDOFF_RESOURCE)) {
            info.entityId = n.entry();
            info.name = n.text().isEmpty() ? info.name : n.text();
        } else {
            info.kbIds.put(n.resource(), n.entry());
            info.name = info.name != null || n.text().isEmpty() ? info.name : n.text();
        }
        return true;
    }

    @Override
    public boolean acceptNote(AnnLine.Note note) {
        String target = note.target();
        if (cues.containsKey(target)) {
            Cue c = cues.get(target);
            cues.put(target, new Cue(c.id(), c.extent(), note.text(), null));
        } else if (claims.containsKey(target)) {
            Claim c = claims.get(target);
            claims.put(target, claim(c, c.checkworthy(), note.text(), c.attribution(), c.quote()));
        } else {
            return unsupported(note.line(), note.id(), target, "note");
        }
        return true;
    }

    @Override
    public void build(DocumentBuilder builder, String text) {
        Map<String, String> covered = new LinkedHashMap<>();
        mentions.keySet().forEach(id -> covered.put(id, extents.get(id).coveredText(text)));
        Map<String, String> entityOf = new LinkedHashMap<>();
        entities.resolve(covered, entityOf).forEach(builder::entity);
        mentions.forEach((id, type) -> builder.add(new Mention(MentionId.of(id), extents.get(id), type,
                entityOf.containsKey(id) ? EntityId.of(entityOf.get(id)) : null, null)));
        quotes.values().forEach(builder::add);
        cues.values().forEach(builder::add);
        segments.forEach(builder::add);
        attributions.values().forEach(builder::add);
        claims.forEach((id, c) -> {
            String mention = claimants.get(id);
            EntityId claimant = mention != null && entityOf.containsKey(mention) ? EntityId.of(entityOf.get(mention)) : null;
            builder.add(new Claim(c.id(), c.extent(), c.claimType(), c.checkworthy(), c.claimText(), claimant,
                    c.attribution(), c.quote(), null));
        });
    }

    private boolean unsupported(int line, String id, String target, String what) {
        if (!owns(target)) {
            return false;
        }
        warn(line, id, what + " on domain annotation " + target + " has no place in the model; dropped");
        return true;
    }

    private static Claim claim(Claim c, boolean checkworthy, String claimText, AttributionId attribution, QuoteId quote) {
        return new Claim(c.id(), c.extent(), c.claimType(), checkworthy, claimText, c.claimant(), attribution, quote, null);
    }

    private static boolean isDomainType(String type) {
        return type.matches("(Mention|Quote|Claim|Segment)-[A-Z]+|Cue|Attribution|Addressee|Setting|Verbatim");
    }

    private static <E extends Enum<E>> boolean is(Class<E> type, String name) {
        if (name == null) {
            return false;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void warn(int line, String id, String message) {
        diagnostics.add(Diagnostic.warning("import.loss", id, message).at(new Location(fileName, null, line, 1)));
    }
}
