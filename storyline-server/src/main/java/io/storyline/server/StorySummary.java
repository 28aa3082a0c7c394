package io.storyline.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the story list shows and searches of one story.
 *
 * @param id story id
 * @param title the story's title
 * @param articles number of articles
 * @param independentOrigins articles that are not near-duplicates of another (a stand-in until
 *     claim-level origins land)
 * @param outlets the outlets, in story order, without repeats
 * @param first earliest publication date, or null when no article is dated
 * @param last latest publication date, or null
 * @param speakers the speakers quoted (names as resolved in each article), without repeats
 * @param words lower-case words a text query matches: titles, outlets, speakers, content lemmas and names
 * @param position store position of the story's newest article (for "newest first" among equal dates)
 */
record StorySummary(
        String id,
        String title,
        int articles,
        int independentOrigins,
        List<String> outlets,
        @Nullable LocalDate first,
        @Nullable LocalDate last,
        List<String> speakers,
        Set<String> words,
        long position) {

    StorySummary {
        outlets = List.copyOf(outlets);
        speakers = List.copyOf(speakers);
        words = Set.copyOf(words);
        if (articles < 1) {
            throw new IllegalArgumentException("a story has at least one article, got " + articles);
        }
    }
}
