package org.standoff.corpus.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;

/**
 * Rebuilds document-level entities from a brat file's mentions: mentions joined by {@code *} Equiv
 * groups or {@code Coref} relations form one entity; its id and canonical name come from an
 * {@code N} line with resource {@code standoff} ({@code standoff:e-putin⇥Vladimir Putin}), its
 * knowledge-base ids from other {@code N} lines, its type from {@code EntityType} attributes and its
 * metonymy from a {@code Metonymy} attribute. A lone mention with none of these has no entity.
 */
final class EntityGroups {
    private final Map<String, String> parent = new LinkedHashMap<>();
    private final Map<String, Info> info = new LinkedHashMap<>();

    /** What the file says about one mention's entity. */
    static final class Info {
        String entityId;
        String name;
        EntityType type;
        boolean metonymy;
        final Map<String, String> kbIds = new LinkedHashMap<>();

        boolean isEmpty() {
            return entityId == null && name == null && type == null && !metonymy && kbIds.isEmpty();
        }
    }

    /** Registers a mention. */
    void add(String mentionId) {
        parent.putIfAbsent(mentionId, mentionId);
    }

    /** Whether {@code id} is a registered mention. */
    boolean contains(String id) {
        return parent.containsKey(id);
    }

    /** Puts two mentions in one group. */
    void join(String a, String b) {
        parent.put(root(a), root(b));
    }

    /** The entity information attached to one mention, created on first use. */
    Info info(String mentionId) {
        return info.computeIfAbsent(mentionId, key -> new Info());
    }

    /**
     * The entities, in order of their first mention, and for each mention its entity id.
     *
     * @param coveredTexts each mention's covered text, for a group that names no canonical name
     */
    List<Entity> resolve(Map<String, String> coveredTexts, Map<String, String> entityOfMention) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String mention : parent.keySet()) {
            groups.computeIfAbsent(root(mention), key -> new ArrayList<>()).add(mention);
        }
        List<Entity> entities = new ArrayList<>();
        for (List<String> members : groups.values()) {
            Info merged = new Info();
            for (String member : members) {
                merge(merged, info.get(member));
            }
            if (members.size() == 1 && merged.isEmpty()) {
                continue;
            }
            String id = merged.entityId != null ? merged.entityId : "entity-" + members.get(0);
            String name = merged.name != null ? merged.name : coveredTexts.getOrDefault(members.get(0), id);
            EntityType type = merged.type != null ? merged.type : EntityType.OTHER;
            entities.add(new Entity(EntityId.of(id), name, type, merged.kbIds, merged.metonymy, null));
            members.forEach(member -> entityOfMention.put(member, id));
        }
        return entities;
    }

    private static void merge(Info into, Info from) {
        if (from == null) {
            return;
        }
        into.entityId = into.entityId != null ? into.entityId : from.entityId;
        into.name = into.name != null ? into.name : from.name;
        into.type = into.type != null ? into.type : from.type;
        into.metonymy |= from.metonymy;
        from.kbIds.forEach(into.kbIds::putIfAbsent);
    }

    private String root(String id) {
        String current = id;
        while (!parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        return current;
    }
}
