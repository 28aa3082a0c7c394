package io.storyline.embed;

import java.util.List;

/**
 * The result of {@link WordPieceTokenizer#encode}: word pieces with their vocabulary ids, starting
 * with {@code [CLS]} and ending with {@code [SEP]}.
 *
 * @param tokens the word pieces, continuation pieces prefixed with {@code ##}
 * @param ids the vocabulary id of each piece, same length as {@code tokens}
 */
public record TokenizedText(List<String> tokens, List<Integer> ids) {

    /** Copies both lists and checks that they have the same length. */
    public TokenizedText {
        tokens = List.copyOf(tokens);
        ids = List.copyOf(ids);
        if (tokens.size() != ids.size()) {
            throw new IllegalArgumentException(
                    "tokens and ids must have the same length, got " + tokens.size() + " and " + ids.size());
        }
    }

    /** Number of pieces, including {@code [CLS]} and {@code [SEP]}. */
    public int size() {
        return tokens.size();
    }
}
