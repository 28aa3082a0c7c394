package io.storyline.server;

/**
 * One section of the story page (summary, timeline, sources, claims, quotes, …), rendered from the
 * page's {@link StoryView}. The page shows the sections in the order it is given them, each under its
 * heading; a section that has nothing to show is rendered as "not available yet". Adding a story-level
 * view to the page is adding one implementation to {@link StoryPage#SECTIONS}. Implementations are
 * stateless and thread-safe.
 */
interface Section {

    /** The HTML id of the section (stable; tests and links use it). */
    String id();

    /** The section's heading. */
    String heading();

    /** Whether the story has anything for this section. */
    boolean available(StoryView story);

    /** Writes the section's body (without heading) for {@code story}; called only when available. */
    void render(StoryView story, Html out);
}
