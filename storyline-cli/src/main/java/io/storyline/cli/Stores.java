package io.storyline.cli;

import io.storyline.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens an existing data directory for reading commands. */
final class Stores {

    private Stores() {}

    static Store existing(Path dir) {
        if (!Files.exists(dir.resolve("storyline.mv.db"))) {
            throw new IllegalArgumentException(
                    "no Storyline data in " + dir + ": run 'storyline analyze PATH... --data " + dir + "' first");
        }
        return Store.open(dir);
    }
}
