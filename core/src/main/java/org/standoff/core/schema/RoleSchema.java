package org.standoff.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * One declared role of a relation layer, with how many fillers a relation may give it.
 *
 * <p>brat's {@code Theme+} is {@code new RoleSchema("Theme", 1, UNBOUNDED, targets)}; {@code Site?}
 * is {@code (0, 1)}; {@code Theme{2}} is {@code (2, 2)}.
 *
 * @param name    the role's name
 * @param min     the fewest fillers, {@code >= 0}
 * @param max     the most fillers, {@code >= max(min, 1)}, or {@link #UNBOUNDED}
 * @param targets the labels or layer names a filler may have; empty means any
 */
public record RoleSchema(String name, int min, int max, List<String> targets) {
    /** No upper bound on the number of fillers. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    public RoleSchema {
        Objects.requireNonNull(name, "name");
        if (min < 0 || max < Math.max(min, 1)) {
            throw new IllegalArgumentException("invalid cardinality for role \"" + name + "\": min=" + min + ", max=" + max);
        }
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A role that takes exactly one filler of any kind. */
    public static RoleSchema exactlyOne(String name) {
        return new RoleSchema(name, 1, 1, List.of());
    }
}
