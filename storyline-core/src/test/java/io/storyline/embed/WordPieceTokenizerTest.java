package io.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    // Loading the vocabulary is cheap (~30k entries) and the tokenizer is immutable.
    private final WordPieceTokenizer tokenizer = WordPieceTokenizer.miniLm();

    @Test
    void encodesWithBertUncasedIds() {
        TokenizedText encoded = tokenizer.encode("Hello, world!");

        assertThat(encoded.tokens()).containsExactly("[CLS]", "hello", ",", "world", "!", "[SEP]");
        // Well-known bert-base-uncased ids, which all-MiniLM-L6-v2 shares.
        assertThat(encoded.ids()).containsExactly(101, 7592, 1010, 2088, 999, 102);
    }

    @Test
    void splitsWordsIntoLongestPiecesFirst() {
        assertThat(tokenizer.wordPieces("unaffable")).containsExactly("una", "##ffa", "##ble");
        assertThat(tokenizer.wordPieces("Embeddings & tokenization"))
                .containsExactly("em", "##bed", "##ding", "##s", "&", "token", "##ization");
        assertThat(tokenizer.wordPieces("The newsroom rewrote it."))
                .containsExactly("the", "news", "##room", "re", "##wr", "##ote", "it", ".");
    }

    @Test
    void lowerCasesStripsAccentsAndIsolatesPunctuation() {
        assertThat(tokenizer.wordPieces("Café Déjà-vu in ZÜRICH, don't"))
                .containsExactly("cafe", "de", "##ja", "-", "vu", "in", "zurich", ",", "don", "'", "t");
    }

    @Test
    void treatsEachCjkIdeographAsAWord() {
        assertThat(tokenizer.wordPieces("北京Tower 東京")).containsExactly("北", "京", "tower", "東", "京");
        // U+4E1C is not in the vocabulary: it alone becomes [UNK], its neighbour survives.
        assertThat(tokenizer.wordPieces("东京")).containsExactly("[UNK]", "京");
    }

    @Test
    void dropsControlAndFormatCharactersAndMapsWhitespace() {
        // Soft hyphen (Cf) is removed, joining the word; no-break space and line separator split.
        assertThat(tokenizer.wordPieces("news\u00ADroom new\u00A0york\u2028wire\u0000"))
                .containsExactly("news", "##room", "new", "york", "wire");
    }

    @Test
    void unknownWordsAndOverlongWordsBecomeUnk() {
        assertThat(tokenizer.wordPieces("x\u2603y story")).containsExactly("[UNK]", "story");
        assertThat(tokenizer.wordPieces("a".repeat(101))).containsExactly("[UNK]");
        assertThat(tokenizer.wordPieces("a".repeat(100))).hasSize(50).startsWith("aaa", "##aa");
    }

    @Test
    void truncatesAtTheRightKeepingSpecialTokens() {
        TokenizedText encoded = tokenizer.encode("one two three four", 4);

        assertThat(encoded.tokens()).containsExactly("[CLS]", "one", "two", "[SEP]");
        assertThat(tokenizer.encode("word ".repeat(1000)).size()).isEqualTo(WordPieceTokenizer.DEFAULT_MAX_LENGTH);
    }

    @Test
    void emptyAndBlankTextGiveOnlySpecialTokens() {
        assertThat(tokenizer.encode("").tokens()).containsExactly("[CLS]", "[SEP]");
        assertThat(tokenizer.encode(" \n\t\u00A0\u200B ").tokens()).containsExactly("[CLS]", "[SEP]");
        assertThat(tokenizer.wordPieces("")).isEmpty();
    }

    @Test
    void rejectsAMaxLengthWithoutRoomForSpecialTokens() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tokenizer.encode("a", 1));
        assertThat(e).hasMessageContaining("maxLength must be at least 2").hasMessageContaining("got 1");
    }

    @Test
    void bundledTokenizerJsonDescribesTheImplementedPipeline() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream(WordPieceTokenizer.MINILM_TOKENIZER_RESOURCE)) {
            assertThat(in).isNotNull();
            root = new ObjectMapper().readTree(in);
        }
        JsonNode normalizer = root.path("normalizer");
        assertThat(normalizer.path("type").asText()).isEqualTo("BertNormalizer");
        assertThat(normalizer.path("clean_text").asBoolean()).isTrue();
        assertThat(normalizer.path("handle_chinese_chars").asBoolean()).isTrue();
        assertThat(normalizer.path("lowercase").asBoolean()).isTrue();
        // null means "same as lowercase", i.e. accents are stripped.
        assertThat(normalizer.path("strip_accents").isNull()).isTrue();
        assertThat(root.path("pre_tokenizer").path("type").asText()).isEqualTo("BertPreTokenizer");
        assertThat(root.path("model").path("unk_token").asText()).isEqualTo("[UNK]");
        assertThat(tokenizer.vocabularySize()).isEqualTo(30522);
    }

    @Test
    void rejectsATokenizerJsonOfAnotherKind() {
        String json = "{\"normalizer\":{\"type\":\"NFKC\"},\"pre_tokenizer\":{\"type\":\"Metaspace\"},"
                + "\"model\":{\"type\":\"Unigram\",\"vocab\":{}}}";
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> WordPieceTokenizer.fromTokenizerJson(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(e).hasMessage("tokenizer.json normalizer.type must be BertNormalizer, got \"NFKC\"");
    }

    @Test
    void encodeIdsMatchesEncode() {
        String text = "Officials said the talks, held in Geneva, would resume on Tuesday.";
        long[] ids = tokenizer.encodeIds(text, 12);

        assertThat(Arrays.stream(ids).boxed().map(Long::intValue).toList())
                .isEqualTo(tokenizer.encode(text, 12).ids());
    }

    @Property(tries = 300)
    void junkNeverThrowsAndStaysWellFormed(
            @ForAll @StringLength(max = 400) String text, @ForAll @IntRange(min = 2, max = 64) int maxLength) {
        TokenizedText encoded = tokenizer.encode(text, maxLength);

        List<String> tokens = encoded.tokens();
        assertThat(tokens).hasSizeBetween(2, maxLength);
        assertThat(tokens.get(0)).isEqualTo("[CLS]");
        assertThat(tokens.get(tokens.size() - 1)).isEqualTo("[SEP]");
        assertThat(encoded.ids()).allSatisfy(id -> assertThat(id).isBetween(0, 30521));
        assertThat(tokens.subList(1, tokens.size() - 1))
                .allSatisfy(t -> assertThat(t).isNotBlank());
        long[] ids = tokenizer.encodeIds(text, maxLength);
        assertThat(ids).hasSize(tokens.size());
    }
}
