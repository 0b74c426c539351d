package org.standoff.corpus.exchange;

import java.util.Objects;

/**
 * How the front end in use names the import options a diagnostic may ask the user to supply, so
 * that the request names the way to supply it: {@code --text FILE} on the command line,
 * {@code text:} over GraphQL. Messages never name a Java type or field.
 *
 * @param text       how to give the document text
 * @param offsetUnit how to state the unit the input counts offsets in
 * @param units      the units that option accepts, as the front end spells them
 */
public record OptionNames(String text, String offsetUnit, String units) {
    /** The {@code standoff convert} and {@code standoff import} options. */
    public static final OptionNames COMMAND_LINE = new OptionNames("--text FILE", "--offset-unit UNIT",
            "codepoint, utf16 or utf8");
    /** The arguments of GraphQL's {@code importDocument}. */
    public static final OptionNames GRAPHQL = new OptionNames("the text: argument", "the offsetUnit: argument",
            "CODEPOINT, UTF16 or UTF8");
    /** Plain words, for callers of the Java API, which set the options themselves. */
    public static final OptionNames PLAIN = new OptionNames("the import's text option", "the import's offset unit option",
            "codepoint, utf16 or utf8");

    public OptionNames {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsetUnit, "offsetUnit");
        Objects.requireNonNull(units, "units");
    }

    /** The end of a message that needs the document text: {@code give the text with --text FILE}. */
    public String giveText() {
        return "give the text with " + text;
    }

    /** The end of a message that needs the unit: {@code state the unit with --offset-unit UNIT (codepoint, utf16 or utf8)}. */
    public String stateUnit() {
        return "state the unit with " + offsetUnit + " (" + units + ")";
    }

    /** How to let the import detect the unit: leave the unit option out. */
    public String leaveUnitOut() {
        return "leave out " + offsetUnit + " to let the import detect it";
    }

    /**
     * {@code message} with every request these names phrase rephrased with {@code other}'s: how a
     * client of another front end (the command line's {@code standoff import}, which goes through
     * GraphQL) names the options to its own user.
     */
    public String rephrase(String message, OptionNames other) {
        return message.replace(giveText(), other.giveText()).replace(stateUnit(), other.stateUnit())
                .replace(leaveUnitOut(), other.leaveUnitOut());
    }
}
