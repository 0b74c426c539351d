package org.standoff.server.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay cursor connection: one page of a list, with cursors and page info.
 *
 * <p>Cursors are opaque to clients: base64url of {@code "id:" + itemId}. {@code after} names the item
 * the page starts after, so a page stays right when items are added before it. Example: items
 * {@code [m1, m2, m3]}, {@code first: 2} gives {@code m1, m2} with {@code hasNextPage}; then
 * {@code after: cursor(m2)} gives {@code m3} without.
 *
 * @param edges      the page, in list order
 * @param pageInfo   where the page lies in the list
 * @param totalCount the length of the whole (filtered) list
 */
record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {
    /** The largest {@code first} a client may ask for. */
    static final int MAX_PAGE_SIZE = 100;

    /** One item and its cursor. */
    record Edge(String cursor, Object node) {
    }

    /** Relay page info. */
    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * The page of {@code items} that {@code first} and {@code after} select.
     *
     * @param items the whole list, in its order
     * @param id    the unique id of an item, which its cursor encodes
     * @param node  makes the GraphQL node of an item
     * @param first how many items, 0..{@link #MAX_PAGE_SIZE}
     * @param after a cursor from an earlier page, or {@code null} to start at the beginning
     */
    static <T> Connection of(List<T> items, Function<T, String> id, Function<T, Object> node, Integer first,
                             String after) {
        int size = pageSize(first);
        int from = after == null ? 0 : indexAfter(items, id, after);
        int to = Math.min(items.size(), from + size);
        List<Edge> edges = new ArrayList<>(to - from);
        for (T item : items.subList(from, to)) {
            edges.add(new Edge(cursor(id.apply(item)), node.apply(item)));
        }
        PageInfo info = new PageInfo(to < items.size(), from > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection(edges, info, items.size());
    }

    /**
     * A page that a store has already selected ({@code items} is the page, not the whole list).
     */
    static <T> Connection ofPage(List<T> items, Function<T, String> id, Function<T, Object> node, boolean hasNext,
                                 boolean hasPrevious, int totalCount) {
        List<Edge> edges = new ArrayList<>(items.size());
        for (T item : items) {
            edges.add(new Edge(cursor(id.apply(item)), node.apply(item)));
        }
        PageInfo info = new PageInfo(hasNext, hasPrevious,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection(edges, info, totalCount);
    }

    /** The cursor of the item with the given id. */
    static String cursor(String itemId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + itemId).getBytes(StandardCharsets.UTF_8));
    }

    /** The page size {@code first} asks for: 20 when null, refused when negative or over the maximum. */
    static int pageSize(Integer first) {
        if (first == null) {
            return 20;
        }
        if (first < 0) {
            throw ApiException.badRequest("first must not be negative: " + first);
        }
        if (first > MAX_PAGE_SIZE) {
            throw ApiException.limitExceeded("first must be at most " + MAX_PAGE_SIZE + ": " + first);
        }
        return first;
    }

    private static <T> int indexAfter(List<T> items, Function<T, String> id, String after) {
        String itemId = decode(after);
        for (int i = 0; i < items.size(); i++) {
            if (id.apply(items.get(i)).equals(itemId)) {
                return i + 1;
            }
        }
        throw ApiException.badRequest("the cursor \"" + after + "\" names no item of this list (was it deleted?)");
    }

    /** The item id a cursor names; a string that is not a cursor of this API is refused. */
    static String decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith("id:")) {
                return decoded.substring(3);
            }
        } catch (IllegalArgumentException e) {
            // not base64: reported below like any other bad cursor
        }
        throw ApiException.badRequest("\"" + cursor + "\" is not a cursor of this API");
    }
}
