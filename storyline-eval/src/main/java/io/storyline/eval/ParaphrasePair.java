package io.storyline.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One sentence pair of a paraphrase set ({@code pairs.tsv} in the MRPC layout: label, id, id,
 * sentence, sentence), in file order.
 *
 * @param same whether the pair is labelled a paraphrase ({@code 1})
 * @param a the first sentence
 * @param b the second sentence
 */
public record ParaphrasePair(boolean same, String a, String b) {

    public ParaphrasePair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /** Every pair of {@code dir/pairs.tsv}. */
    public static List<ParaphrasePair> read(Path dir) {
        return GoldTsv.rows(dir.resolve("pairs.tsv"), 5).stream()
                .map(f -> new ParaphrasePair(f[0].equals("1"), f[3], f[4]))
                .toList();
    }
}
