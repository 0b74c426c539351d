package org.standoff.server.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.standoff.core.text.OffsetUnit;

/**
 * Reads GraphQL arguments and input objects into Java values. Enum arguments arrive as their names;
 * input objects as maps.
 */
final class Arguments {
    private Arguments() {
    }

    /** The field's {@code unit} argument, or the document view's unit when the field has none. */
    static OffsetUnit unit(DataFetchingEnvironment env, DocumentView view) {
        String unit = env.getArgument("unit");
        return unit == null ? view.unit() : OffsetUnit.valueOf(unit);
    }

    /** The enum constant named by {@code map.get(key)}, or {@code null}. */
    static <E extends Enum<E>> E enumValue(Map<String, Object> map, String key, Class<E> type) {
        Object name = map == null ? null : map.get(key);
        return name == null ? null : Enum.valueOf(type, (String) name);
    }

    /** The input object {@code map.get(key)}, or an empty map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    /** The list of input objects {@code map.get(key)}, or {@code null}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    /** The string {@code map.get(key)}, or {@code null}. */
    static String string(Map<String, Object> map, String key) {
        return map == null ? null : (String) map.get(key);
    }

    /** The integer {@code map.get(key)}, or {@code null}. */
    static Integer integer(Map<String, Object> map, String key) {
        return map == null ? null : (Integer) map.get(key);
    }
}
