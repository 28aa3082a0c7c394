package io.storyline.store;

import java.nio.file.Path;

/** A child process for {@link WriteLockTest}: takes the write lock of a data directory and holds it until killed. */
public final class LockHolder {

    private LockHolder() {}

    @SuppressWarnings("try") // the lock is held by being open
    public static void main(String[] args) throws InterruptedException {
        try (Store store = Store.open(Path.of(args[0]));
                WriteLock lock = store.lockForWriting()) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
