package org.standoff.corpus.mapping;

import java.util.Locale;
import java.util.Set;
import org.standoff.core.model.MentionType;

/**
 * Infers a mention's type from its text, for labels mapped with {@code "mentionType": "infer"}:
 * PRONOUN when the whole text is a pronoun ({@code he}, {@code they}, {@code who}, …), NAME when every
 * word but a few function words starts with a capital letter ({@code Sen. Ted Cruz}, {@code Bernie
 * Sanders}), NOMINAL otherwise ({@code the Clinton campaign}, {@code officials}). A heuristic: PARC-style
 * data does not say which kind a source is.
 */
public final class MentionTypes {
    private static final Set<String> PRONOUNS = Set.of("i", "me", "we", "us", "you", "he", "him", "she", "her", "it",
            "they", "them", "who", "whom", "which", "that", "this", "these", "those", "one", "someone", "somebody",
            "everyone", "everybody", "anyone", "anybody", "nobody", "none", "some", "many", "most", "few", "others",
            "all", "both", "each", "either", "neither", "his", "hers", "its", "their", "theirs", "our", "ours", "my",
            "mine", "your", "yours", "myself", "himself", "herself", "itself", "themselves", "ourselves", "yourself");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "de", "for", "on", "in", "&");

    private MentionTypes() {
    }

    /** The inferred type of a mention whose covered text is {@code text}. */
    public static MentionType infer(String text) {
        String trimmed = text.strip();
        if (PRONOUNS.contains(trimmed.toLowerCase(Locale.ROOT))) {
            return MentionType.PRONOUN;
        }
        String[] words = trimmed.split("\\s+");
        boolean capital = false;
        for (String word : words) {
            if (FUNCTION_WORDS.contains(word) && capital) {
                continue;
            }
            int first = word.codePointAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                return MentionType.NOMINAL;
            }
            capital = true;
        }
        return capital ? MentionType.NAME : MentionType.NOMINAL;
    }
}
