package io.storyline.store;

import io.storyline.analysis.StandardPipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** A child process for {@link StoreCrashTest}: loads generated articles until it is killed. */
public final class CrashLoader {

    private CrashLoader() {}

    static String text(int i) {
        return "Article number " + i + " reports that the harbour crane " + (i % 7) + " was repaired on day " + i
                + ". Workers said the repair took " + (i % 5 + 1) + " hours.\n"
                + "A second paragraph of article " + i + " repeats the number " + i + " for checking.";
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (Store store = Store.open(dir);
                ArticleLoader loader = ArticleLoader.open(
                        store,
                        StandardPipeline.create(new StandardPipeline.Options(false, 600)),
                        AssemblyOptions.defaults(),
                        1)) {
            Iterator<Article> endless = new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < 1_000_000;
                }

                @Override
                public Article next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    i++;
                    return new Article("crash-" + i, null, text(i), null, null, null, null);
                }
            };
            loader.load(endless, new LoadListener() {
                @Override
                public void stored(StoredArticle a) {
                    System.out.println("stored " + a.id());
                    System.out.flush();
                }
            });
        }
    }
}
