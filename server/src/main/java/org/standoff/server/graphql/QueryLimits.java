package org.standoff.server.graphql;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits every GraphQL request runs under.
 *
 * @param maxDepth      deepest field nesting of an operation (introspection-only operations excepted)
 * @param maxComplexity highest cost: a field costs its {@code first} (or 1) times {@code 1 + its children's cost}
 * @param maxTokens     most grammar tokens the parser reads
 * @param timeout       longest execution; a query still running then is answered with LIMIT_EXCEEDED
 */
public record QueryLimits(int maxDepth, int maxComplexity, int maxTokens, Duration timeout) {
    /** Depth 15, complexity 200,000 (about as many answered fields), 15,000 tokens, 10 seconds. */
    public static final QueryLimits DEFAULT = new QueryLimits(15, 200_000, 15_000, Duration.ofSeconds(10));

    public QueryLimits {
        if (maxDepth < 1 || maxComplexity < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("limits must be positive: depth=" + maxDepth + ", complexity="
                    + maxComplexity + ", tokens=" + maxTokens);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public QueryLimits withMaxDepth(int depth) {
        return new QueryLimits(depth, maxComplexity, maxTokens, timeout);
    }

    public QueryLimits withMaxComplexity(int complexity) {
        return new QueryLimits(maxDepth, complexity, maxTokens, timeout);
    }

    public QueryLimits withMaxTokens(int tokens) {
        return new QueryLimits(maxDepth, maxComplexity, tokens, timeout);
    }

    public QueryLimits withTimeout(Duration newTimeout) {
        return new QueryLimits(maxDepth, maxComplexity, maxTokens, newTimeout);
    }
}
