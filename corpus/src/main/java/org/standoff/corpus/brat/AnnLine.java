package org.standoff.corpus.brat;

import java.util.List;
import org.standoff.corpus.exchange.SpanClaim;

/**
 * One parsed line of a brat {@code .ann} file. {@code line} is the 1-based line number, for
 * diagnostics. Ids are kept as written ({@code T1}, {@code #1}); {@code *} lines have none.
 */
sealed interface AnnLine {

    /** The line's 1-based number in its file. */
    int line();

    /** {@code T1⇥Person 473 496⇥Raul Salinas de Gortari}; fragments as written, in the file's unit. */
    record TextBound(String id, String type, List<SpanClaim.Range> ranges, String text, int line) implements AnnLine {
    }

    /** {@code R1⇥Family Arg1:T4 Arg2:T5}. */
    record Relation(String id, String type, List<Arg> args, int line) implements AnnLine {
    }

    /** {@code E1⇥Transfer-money:T3 Giver-Arg:T1}; {@code trigger} may be {@code null} in broken files. */
    record Event(String id, String type, String trigger, List<Arg> args, int line) implements AnnLine {
    }

    /** {@code A1⇥Mention T4 Name} (valued) or {@code A2⇥Individual T4} (binary: {@code value} null); also legacy {@code M}. */
    record Attribute(String id, String name, String target, String value, int line) implements AnnLine {
    }

    /** {@code N1⇥Reference T5 Wikipedia:64488⇥Carlos Salinas de Gortari}. */
    record Normalization(String id, String type, String target, String resource, String entry, String text, int line)
            implements AnnLine {
    }

    /** {@code #1⇥AnnotatorNotes T2⇥100000000 USD}; the text is kept verbatim. */
    record Note(String id, String type, String target, String text, int line) implements AnnLine {
    }

    /** {@code *⇥Equiv T1 T2}: a symmetric, transitive group without an id. */
    record Equiv(String type, List<String> members, int line) implements AnnLine {
    }

    /** A role and its filler's id: {@code Arg1:T4}. */
    record Arg(String role, String target) {
    }
}
