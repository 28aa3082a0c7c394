package io.storyline.ingest;

import java.util.regex.Pattern;

/**
 * What a block's text alone tells {@link BlockFeatures}: its length in characters and words, its
 * punctuation, letters, digits and capitals per word, and whether it reads as page furniture (an ad
 * label, a byline, a copyright line, a date, a fragment). Stateless.
 */
final class BlockText {

    private static final Pattern AD_LABEL =
            Pattern.compile("(?iu)\\W*(advertisement|advertising|advert|ads?|sponsored( content)?|anzeige|werbung"
                    + "|continue reading.*|story continues below.*|article continues below.*|read more|see also"
                    + "|related( articles| stories)?|share( this)?( article| story)?|print|e-?mail( this)?.*"
                    + "|comments?|tags?:?.*)\\W*");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|par|por|di)\\s+\\p{Lu}.*");
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)©|copyright|all rights reserved");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?iu).*\\b(\\d{1,2}:\\d{2}|(19|20)\\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\b.*");

    private BlockText() {}

    /** log chars, log words; returns the next index. */
    static int shape(String text, double[] x) {
        x[0] = Math.log1p(text.length());
        x[1] = Math.log1p(words(text));
        return 2;
    }

    static int shapeTail(String text, double[] x, int k) {
        int words = Math.max(1, words(text));
        int sentences = 0;
        int commas = 0;
        int periods = 0;
        int letters = 0;
        int digits = 0;
        int upper = 0;
        int capitalised = 0;
        int breaks = 0;
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                commas++;
            } else if (c == '.' || c == '!' || c == '?') {
                periods++;
                if (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    sentences++;
                }
            } else if (c == '\n') {
                breaks++;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (wordStart) {
                        capitalised++;
                    }
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
            wordStart = Character.isWhitespace(c);
        }
        x[k++] = Math.log1p(sentences + (BlockJudge.endsLikeSentence(text) ? 1 : 0));
        x[k++] = (double) commas / words;
        x[k++] = (double) periods / words;
        x[k++] = Math.min(20, (double) letters / words);
        x[k++] = (double) capitalised / words;
        x[k++] = text.isEmpty() ? 0 : (double) digits / text.length();
        x[k++] = letters == 0 ? 0 : (double) upper / letters;
        x[k++] = Math.log1p(breaks);
        return k;
    }

    /** Short texts of page furniture: an ad label, a byline, a copyright line, a date, a fragment. */
    static int patterns(String text, double[] x, int k) {
        x[k++] = text.length() < 80 && AD_LABEL.matcher(text).matches() ? 1 : 0;
        x[k++] = text.length() < 120 && BYLINE.matcher(text).matches() ? 1 : 0;
        x[k++] = text.length() < 200 && COPYRIGHT.matcher(text).find() ? 1 : 0;
        x[k++] = text.length() < 80 && DATE_LIKE.matcher(text).matches() ? 1 : 0;
        x[k++] = text.length() < 30 && !BlockJudge.endsLikeSentence(text) ? 1 : 0;
        return k;
    }

    static int words(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }
}
