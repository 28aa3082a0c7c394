package io.storyline.store;

import io.storyline.cluster.AssemblyOptions;
import io.storyline.digest.StoryDigester;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process for {@link StoreCrashTest}: stores a story of one article, then of two, then
 * replaces the story's digest with the digest of the one or of the two, over and over, until it is
 * killed.
 */
public final class CrashDigestWriter {

    private CrashDigestWriter() {}

    private static void load(Store store, List<io.storyline.core.Article> articles) {
        try (ArticleLoader loader = ArticleLoader.open(store, TestPipelines.light(), AssemblyOptions.defaults(), 1)) {
            loader.load(articles.iterator(), new LoadListener() {});
        }
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (Store store = Store.open(dir)) {
            DigestCodec codec = new DigestCodec();
            StoryDigests digests = new StoryDigests(new StoryDigester(null));
            load(store, Fixtures.firstBatch());
            String story = store.article("bridge-a").orElseThrow().story();
            String one = codec.write(digests.of(store.story(story)));
            load(store, Fixtures.secondBatch());
            List<String> docs = List.of(one, codec.write(digests.of(store.story(story))));
            for (int i = 0; ; i++) {
                store.digestRows().putDigest(story, new Store.StoredDigest("basis " + (i % 2), docs.get(i % 2)));
                System.out.println("wrote " + i);
                System.out.flush();
            }
        }
    }
}
