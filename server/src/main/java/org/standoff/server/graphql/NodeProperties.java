package org.standoff.server.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetcherFactory;
import graphql.schema.DataFetcherFactoryEnvironment;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.standoff.core.model.AnnotationId;
import org.standoff.core.model.ProvenanceId;

/**
 * The default data fetcher: a field named like a record component answers that component of the
 * source (of the model value, when the source is a {@link Node}), or the entry of that name when the
 * source is a map. Typed ids answer their string value. Fields that need more have their own fetchers
 * in the resolver classes. A plain property read of the source, so it is a {@link LightDataFetcher}:
 * graphql-java calls it without making a {@link DataFetchingEnvironment} for the field, and the
 * execution deadline is not checked around it (it is trivial).
 */
final class NodeProperties implements LightDataFetcher<Object> {

    /** Makes a {@link NodeProperties} fetcher for every field without a fetcher of its own. */
    static final DataFetcherFactory<Object> FACTORY = new DataFetcherFactory<>() {
        @Override
        public DataFetcher<Object> get(DataFetcherFactoryEnvironment environment) {
            return new NodeProperties(environment.getFieldDefinition().getName());
        }

        @Override
        public DataFetcher<Object> get(GraphQLFieldDefinition fieldDefinition) {
            return new NodeProperties(fieldDefinition.getName());
        }
    };

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    byName.put(component.getName(), accessor);
                }
            }
            return byName;
        }
    };

    private final String name;

    private NodeProperties(String name) {
        this.name = name;
    }

    @Override
    public Object get(DataFetchingEnvironment env) {
        return read(env.getSource());
    }

    @Override
    public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
        return read(source);
    }

    private Object read(Object source) {
        Object target = source instanceof Node ? ((Node<?>) source).value() : source;
        if (target instanceof Map) {
            return plain(((Map<?, ?>) target).get(name));
        }
        Method accessor = ACCESSORS.get(target.getClass()).get(name);
        if (accessor == null) {
            throw new IllegalStateException("no property \"" + name + "\" on " + target.getClass().getName());
        }
        try {
            return plain(accessor.invoke(target));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read \"" + name + "\" of " + target.getClass().getName(), e);
        }
    }

    /** A value as GraphQL serializes it: typed ids become their string value. */
    static Object plain(Object value) {
        if (value instanceof AnnotationId) {
            return ((AnnotationId) value).value();
        }
        if (value instanceof ProvenanceId) {
            return ((ProvenanceId) value).value();
        }
        return value;
    }
}
