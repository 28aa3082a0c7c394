package io.storyline.server;

/**
 * A section whose story-level view is not built yet (claims, timeline, summary): it keeps its place
 * and heading on the page and shows "not available yet". Replace it with a real section when the view
 * lands.
 *
 * @param id the section's HTML id
 * @param heading the section's heading
 */
record PendingSection(String id, String heading) implements Section {

    @Override
    public boolean available(StoryView story) {
        return false;
    }

    @Override
    public void render(StoryView story, Html out) {
        // Never called: available() is false.
    }
}
