package org.standoff.server.graphql;

import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SelectionSetContainer;

/**
 * Whether a query gives {@code start} or {@code end} a {@code unit} argument anywhere (in any
 * operation or fragment). When it does not, every span's bounds answer in the unit of their document
 * view, and their fetchers need not read the field's arguments (which would make a
 * {@code DataFetchingEnvironment} for every span).
 */
final class UnitArguments {
    private UnitArguments() {
    }

    /** True when some {@code start} or {@code end} field of {@code query} has a {@code unit} argument. */
    static boolean onBounds(Document query) {
        for (Definition<?> definition : query.getDefinitions()) {
            if (definition instanceof SelectionSetContainer && in(((SelectionSetContainer<?>) definition).getSelectionSet())) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(SelectionSet selections) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field && isBoundWithUnit((Field) selection)) {
                return true;
            }
            if (selection instanceof SelectionSetContainer && in(((SelectionSetContainer<?>) selection).getSelectionSet())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundWithUnit(Field field) {
        if (!field.getName().equals("start") && !field.getName().equals("end")) {
            return false;
        }
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals("unit")) {
                return true;
            }
        }
        return false;
    }
}
