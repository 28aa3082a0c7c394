package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.names.NameType;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One article as the finder sees it: text, sentences, names, and which characters are quoted. */
final class Doc {

    final String text;
    final List<Sentence> sentences;
    final List<Name> names;
    private final BitSet quoted = new BitSet();
    private final Map<String, String> display = new HashMap<>();
    private final Set<String> personWords = new HashSet<>();

    Doc(String text, List<Sentence> sentences, List<Name> names, List<Segment> segments) {
        this.text = text;
        this.sentences = sentences;
        this.names =
                names.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        for (Segment s : segments) {
            markQuoted(s.content());
        }
        for (Name n : this.names) {
            String d = stripTitles(n.text());
            String old = display.get(n.key());
            if (!d.isEmpty() && (old == null || d.split(" ").length > old.split(" ").length)) {
                display.put(n.key(), d);
            }
            if (n.type() == NameType.PERSON) {
                for (String w : d.split(" ")) {
                    if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !cueForm(w)) {
                        personWords.add(w);
                    }
                }
            }
        }
    }

    /** Whether a word is a form of a reporting verb ("Says" inside a headline taken for a name). */
    private static boolean cueForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String stem : List.of(w, w.replaceAll("(s|ed|d|ing)$", ""))) {
            if (Lexicon.CLAUSE_CUES.contains(stem) || Lexicon.OBJECT_CUES.contains(stem)) {
                return true;
            }
        }
        return w.equals("said") || w.equals("told");
    }

    /**
     * Whether a capitalised word is a word of a person's name found elsewhere in the article ("Trump"
     * where the tagger took this occurrence for a verb and the name finder missed it).
     */
    boolean personWord(String word) {
        return personWords.contains(word.replaceAll("['’‘]s$", ""));
    }

    void markQuoted(Span s) {
        quoted.set(s.start(), s.end());
    }

    boolean quoted(Token t) {
        return quoted.get(t.start());
    }

    boolean quoted(int index) {
        return quoted.get(index);
    }

    /** Share of the letters in {@code s} that are inside quoted segments. */
    double quotedShare(Span s) {
        int letters = 0;
        int in = 0;
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                letters++;
                if (quoted.get(i)) {
                    in++;
                }
            }
        }
        return letters == 0 ? 1.0 : (double) in / letters;
    }

    /** The name mention covering {@code index}, if any. */
    @Nullable
    Name nameAt(int index) {
        int lo = 0;
        int hi = names.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = names.get(mid).span();
            if (s.end() <= index) {
                lo = mid + 1;
            } else if (s.start() > index) {
                hi = mid - 1;
            } else {
                return names.get(mid);
            }
        }
        return null;
    }

    /** The display form of a name: its fullest surface in the article, titles removed. */
    String canonical(@Nullable Name name, String surface) {
        String plain = stripTitles(surface);
        if (name == null) {
            return plain;
        }
        String full = display.get(name.key());
        if (full != null && full.split(" ").length >= plain.split(" ").length) {
            return full;
        }
        return plain;
    }

    /** Index of the sentence containing {@code index}, or -1. */
    int sentenceAt(int index) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (s.end() <= index) {
                lo = mid + 1;
            } else if (s.start() > index) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    int lineStart(int index) {
        return text.lastIndexOf('\n', Math.max(0, index - 1)) + 1;
    }

    int lineEnd(int index) {
        int e = text.indexOf('\n', index);
        return e < 0 ? text.length() : e;
    }

    static boolean isPerson(@Nullable Name n) {
        return n != null && n.type() == NameType.PERSON;
    }

    /** The token's tag, or the first tag of a contraction ("he’s" PRON+AUX is PRON). */
    static String tag(Token t) {
        String p = t.pos();
        int plus = p.indexOf('+');
        return plus < 0 ? p : p.substring(0, plus);
    }

    /** Whether the token is or contains a verb ("he’s" PRON+AUX does). */
    static boolean verbal(Token t) {
        return t.pos().contains("VERB") || t.pos().contains("AUX");
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    static String bare(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The name without leading titles or lower-case words, and without a possessive ending. */
    static String stripTitles(String surface) {
        String[] words = surface.trim().replaceAll("['’‘]s$", "").split("\\s+");
        int i = 0;
        while (i < words.length - 1
                && (Lexicon.TITLES.contains(bare(words[i]))
                        || (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))))) {
            i++;
        }
        return String.join(" ", List.of(words).subList(i, words.length));
    }
}
