package org.standoff.corpus.uima;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.Span;
import org.standoff.corpus.exchange.FlatLayers;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.Losses;

/**
 * Writes attributions as {@code webanno.custom.Attribution} link hosts and generic relations as
 * relation layers (two arguments) or link hosts (any other number). A host lies over its cue, else
 * over its first argument's span; every argument must be an annotation already written.
 */
final class CasRelationWriter {
    private final ArrayNode structures;
    private final List<Integer> members;
    private final Map<String, Integer> fsIds;
    private final CasTypeSystemWriter typeSystem;
    private final Losses losses;
    private final OffsetIndex index;
    private final CasJsonWriter writer;

    CasRelationWriter(ArrayNode structures, List<Integer> members, Map<String, Integer> fsIds,
                      CasTypeSystemWriter typeSystem, Losses losses, OffsetIndex index, CasJsonWriter writer) {
        this.structures = structures;
        this.members = members;
        this.fsIds = fsIds;
        this.typeSystem = typeSystem;
        this.losses = losses;
        this.index = index;
        this.writer = writer;
    }

    /** Writes {@code relation} with feature structure ids from {@code next}; returns the next free id. */
    int write(FlatRelation relation, int next, Map<String, Span> spanOf) {
        List<FlatRelation.Arg> args = new ArrayList<>();
        for (FlatRelation.Arg arg : relation.arguments()) {
            if (fsIds.containsKey(arg.target())) {
                args.add(arg);
            } else {
                losses.lost(relation.id(), "the " + arg.role() + " argument " + arg.target()
                        + ", which is not an annotation written before it");
            }
        }
        boolean attribution = relation.layer().equals(FlatLayers.ATTRIBUTION);
        String type = typeSystem.customType(relation.id(), relation.layer());
        boolean binary = !attribution && args.size() == 2;
        typeSystem.relationType(type, binary);
        if (binary && !(args.get(0).role().equals("Governor") && args.get(1).role().equals("Dependent"))) {
            losses.lost(relation.id(), "the role names " + args.get(0).role() + ", " + args.get(1).role()
                    + ": written as Governor and Dependent");
        }
        if (!attribution && !binary) {
            losses.lost(relation.id(), "a relation of " + args.size() + " arguments (layer \"" + relation.layer()
                    + "\") as a relation: written as a link"
                    + " host, read back as a span with a slot relation");
        }
        Span anchor = anchor(args, binary, spanOf);
        int hostId = next++;
        ObjectNode host = writer.annotation(structures, members, hostId, type, index, anchor);
        fsIds.put(relation.id(), hostId);
        spanOf.put(relation.id(), anchor);
        host.put("id", relation.id()).put("label", relation.label());
        relation.attributes().forEach((name, value) -> {
            typeSystem.feature(relation.id(), type, name);
            if (typeSystem.hasFeature(type, name)) {
                host.put(name, value);
            }
        });
        if (binary) {
            host.put("@Governor", fsIds.get(args.get(0).target())).put("@Dependent", fsIds.get(args.get(1).target()));
            return next;
        }
        List<Integer> links = new ArrayList<>();
        for (FlatRelation.Arg arg : args) {
            links.add(next);
            members.add(next);
            structures.addObject().put("%ID", next++).put("%TYPE", type + "Link").put("role", arg.role())
                    .put("@target", fsIds.get(arg.target()));
        }
        ObjectNode array = structures.addObject().put("%ID", next).put("%TYPE", "uima.cas.FSArray");
        links.forEach(array.putArray("%ELEMENTS")::add);
        host.put("@links", next);
        return next + 1;
    }

    /** A relation layer lies over its dependent, as INCEpTION's do; a link host over its cue or first argument. */
    private Span anchor(List<FlatRelation.Arg> args, boolean binary, Map<String, Span> spanOf) {
        if (args.isEmpty()) {
            return Span.of(0, 0);
        }
        if (binary) {
            return spanOf.get(args.get(1).target());
        }
        return args.stream().filter(a -> a.role().equals(FlatLayers.CUE_ROLE)).findFirst()
                .map(a -> spanOf.get(a.target())).orElse(spanOf.get(args.get(0).target()));
    }
}
