package io.storyline.embed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The "basic" half of BERT uncased tokenisation, as configured in the MiniLM tokenizer.json
 * ({@code BertNormalizer} with clean_text, handle_chinese_chars, lowercase and accent stripping,
 * then {@code BertPreTokenizer}).
 *
 * <p>Steps, in the order of the HuggingFace implementation: drop NUL, U+FFFD and control/format
 * characters (Unicode category C*, except tab, CR and LF), map white space to a space; surround
 * CJK ideographs with spaces; decompose (NFD) and drop non-spacing marks (Mn); lower-case per code
 * point; then split on white space and isolate every punctuation character (ASCII punctuation or
 * Unicode category P*). Stateless and thread-safe.
 */
final class BertBasicTokenizer {

    /** Returns the words of {@code text} after normalisation; never null, possibly empty. */
    List<String> split(String text) {
        String cleaned = clean(text);
        String stripped = stripAccents(cleaned);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < stripped.length(); ) {
            int cp = stripped.codePointAt(i);
            i += Character.charCount(cp);
            if (isWhitespace(cp)) {
                flush(word, words);
            } else if (isPunctuation(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                appendLowerCase(word, cp);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** clean_text and handle_chinese_chars: one pass over the code points. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                continue;
            }
            if (isWhitespace(cp)) {
                out.append(' ');
            } else if (isChineseChar(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static String stripAccents(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); ) {
            int cp = nfd.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Per-code-point lower case, as Rust's {@code char::to_lowercase}: no context-sensitive final
     * sigma; U+0130 is the one code point whose lower case is two code points.
     */
    private static void appendLowerCase(StringBuilder out, int cp) {
        if (cp == 0x130) {
            out.append("i\u0307");
        } else {
            out.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** Unicode White_Space, with tab, LF and CR (the only C* white space that survives cleaning). */
    static boolean isWhitespace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D)
                || cp == 0x20
                || cp == 0x85
                || cp == 0xA0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** Unicode "Other" (Cc, Cf, Cs, Co, Cn) except tab, LF and CR, which count as white space. */
    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED;
    }

    /** ASCII punctuation (which includes $ + < = > ^ ` | ~) or Unicode category P*. */
    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /**
     * The CJK Unified Ideograph blocks that BERT isolates (not Hangul, Hiragana or Katakana), with the
     * HuggingFace tokenizers ranges (0x2B920, where Google's BERT has 0x2B820).
     */
    static boolean isChineseChar(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B920 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
