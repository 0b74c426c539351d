package org.standoff.server.graphql;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits every GraphQL request runs under.
 *
 * @param maxDepth         deepest field nesting of an operation (introspection-only operations excepted)
 * @param maxComplexity    highest cost: a field costs its {@code first} (or 1) times its weight plus its
 *                         children's cost, in saturating 64-bit arithmetic (see {@link QueryCost})
 * @param maxTokens        most grammar tokens the parser reads
 * @param timeout          longest time from the start of execution to the last byte of the serialized
 *                         answer; a request still running then is answered with LIMIT_EXCEEDED
 * @param maxAliases       most response keys one field may appear under in one selection set
 * @param maxResponseBytes largest answer: the documents that {@code standoffJson} and {@code export}
 *                         build are charged against it as they are built (in UTF-16 characters), and
 *                         the serialized answer is cut off at this many bytes; either way the answer is
 *                         a LIMIT_EXCEEDED error without data
 */
public record QueryLimits(int maxDepth, int maxComplexity, int maxTokens, Duration timeout, int maxAliases,
                          long maxResponseBytes) {
    /**
     * Depth 15, complexity 200,000 (about as many answered fields), 15,000 tokens, 10 seconds, 25
     * aliases of one field, 16 MB answers.
     */
    public static final QueryLimits DEFAULT = new QueryLimits(15, 200_000, 15_000, Duration.ofSeconds(10), 25,
            16_000_000L);

    public QueryLimits {
        if (maxDepth < 1 || maxComplexity < 1 || maxTokens < 1 || maxAliases < 1 || maxResponseBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: depth=" + maxDepth + ", complexity="
                    + maxComplexity + ", tokens=" + maxTokens + ", aliases=" + maxAliases + ", response bytes="
                    + maxResponseBytes);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public QueryLimits withMaxDepth(int depth) {
        return new QueryLimits(depth, maxComplexity, maxTokens, timeout, maxAliases, maxResponseBytes);
    }

    public QueryLimits withMaxComplexity(int complexity) {
        return new QueryLimits(maxDepth, complexity, maxTokens, timeout, maxAliases, maxResponseBytes);
    }

    public QueryLimits withMaxTokens(int tokens) {
        return new QueryLimits(maxDepth, maxComplexity, tokens, timeout, maxAliases, maxResponseBytes);
    }

    public QueryLimits withTimeout(Duration newTimeout) {
        return new QueryLimits(maxDepth, maxComplexity, maxTokens, newTimeout, maxAliases, maxResponseBytes);
    }

    public QueryLimits withMaxAliases(int aliases) {
        return new QueryLimits(maxDepth, maxComplexity, maxTokens, timeout, aliases, maxResponseBytes);
    }

    public QueryLimits withMaxResponseBytes(long bytes) {
        return new QueryLimits(maxDepth, maxComplexity, maxTokens, timeout, maxAliases, bytes);
    }
}
