package io.storyline.ingest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks extracted metadata against what a labelled page shows, where the gold has no metadata of its own
 * (the extraction sets' {@code title}, {@code published} and {@code author} are null): the title against
 * the start of the gold body (L3S-GN1 bodies begin with the headline), the date against a date in the page's
 * URL ({@code /2008/01/16/}, {@code 20080116}), the author against the gold body (bylines are part of it in
 * L3S-GN1), the language against a stop-word guess from the gold body. Each figure is a precision over the
 * pages where both sides exist. Stateless.
 */
final class MetadataCheck {

    /**
     * The counts for one set.
     *
     * @param pages pages checked
     * @param titles pages with a title; {@code titlesRight} of them found at the start of the gold body
     * @param urlDated pages with both an extracted date and a date in the URL; {@code datesRight} agree within a day
     * @param zoned pages whose publication time carries a UTC offset
     * @param authors pages with an author; {@code authorsRight} of them named in the gold body
     * @param languages pages with a language and a guessable gold body; {@code languagesRight} agree
     */
    record Counts(
            int pages,
            int titles,
            int titlesRight,
            int urlDated,
            int datesRight,
            int zoned,
            int authors,
            int authorsRight,
            int languages,
            int languagesRight) {

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "title at start of gold body %s | date vs URL date %s | with time zone %d | author in gold text %s | language vs stop-word guess %s",
                    share(titlesRight, titles),
                    share(datesRight, urlDated),
                    zoned,
                    share(authorsRight, authors),
                    share(languagesRight, languages));
        }

        private static String share(int right, int of) {
            return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) right / of, right, of);
        }
    }

    private static final Pattern URL_DATE =
            Pattern.compile("(?:^|[/_-])((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "with", "was"),
            "pt", Set.of("de", "que", "não", "uma", "para", "com", "os", "em"),
            "it", Set.of("di", "che", "il", "della", "per", "non", "una", "sono"),
            "de", Set.of("der", "die", "und", "das", "nicht", "ist", "mit", "den"),
            "es", Set.of("el", "los", "las", "del", "que", "por", "una", "con"),
            "fr", Set.of("le", "les", "des", "est", "une", "pour", "dans", "qui"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это"));

    private MetadataCheck() {}

    static Counts of(List<ExtractionCrossValidation.LabelledPage> pages) {
        int titles = 0, titlesRight = 0, urlDated = 0, datesRight = 0, zoned = 0;
        int authors = 0, authorsRight = 0, languages = 0, languagesRight = 0;
        for (ExtractionCrossValidation.LabelledPage p : pages) {
            ExtractedPage m = p.page().metadata();
            List<String> gold = lower(ShingleScorer.tokens(p.gold()));
            if (m.title() != null) {
                titles++;
                titlesRight += contained(m.title(), new HashSet<>(gold.subList(0, Math.min(80, gold.size())))) ? 1 : 0;
            }
            LocalDate urlDate = urlDate(p.url());
            if (m.published() != null && urlDate != null) {
                urlDated++;
                datesRight += Math.abs(m.published().toEpochDay() - urlDate.toEpochDay()) <= 1 ? 1 : 0;
            }
            zoned += m.publishedAt() != null ? 1 : 0;
            if (m.author() != null) {
                authors++;
                authorsRight += contained(m.author(), new HashSet<>(gold)) ? 1 : 0;
            }
            String guess = guess(gold);
            if (m.language() != null && guess != null) {
                languages++;
                languagesRight += guess.equals(m.language()) ? 1 : 0;
            }
        }
        return new Counts(
                pages.size(),
                titles,
                titlesRight,
                urlDated,
                datesRight,
                zoned,
                authors,
                authorsRight,
                languages,
                languagesRight);
    }

    private static boolean contained(String text, Set<String> gold) {
        List<String> tokens = lower(ShingleScorer.tokens(text));
        if (tokens.isEmpty()) {
            return false;
        }
        int in = 0;
        for (String t : tokens) {
            in += gold.contains(t) ? 1 : 0;
        }
        return in >= 0.8 * tokens.size();
    }

    static @Nullable LocalDate urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // not a date after all; look further
            }
        }
        return null;
    }

    /** The language whose stop words are most frequent in the text, when they are at least 5% of its words. */
    static @Nullable String guess(List<String> tokens) {
        @Nullable String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
            int c = 0;
            for (String t : tokens) {
                c += e.getValue().contains(t) ? 1 : 0;
            }
            if (c > bestCount) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return bestCount >= 0.05 * tokens.size() ? best : null;
    }

    private static List<String> lower(List<String> tokens) {
        return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
