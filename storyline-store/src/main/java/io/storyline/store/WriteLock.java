package io.storyline.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The writer's lock of a data directory: an operating-system lock on {@code write.lock}, which the
 * system releases when the holding process ends, however it ends (so a killed writer never leaves
 * the directory locked). The file names the holder (pid and start time) for the refusal message.
 * Close it to release. A second writer is refused with {@link WriterBusyException}.
 */
public final class WriteLock implements AutoCloseable {

    static final String FILE = "write.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WriteLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another writer in this same process
            }
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                throw new WriterBusyException(
                        "another writer holds " + dir + " (" + holder + "); one process writes to a"
                                + " data directory at a time: wait for it to finish, or stop it, and run this again");
            }
            channel.truncate(0);
            String me = "pid " + ProcessHandle.current().pid() + ", writing since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS);
            channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WriteLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file + " for writing: " + e.getMessage(), e);
        }
    }

    private static String holder(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "a process that did not say which" : s;
        } catch (IOException | RuntimeException e) {
            return "a process that did not say which";
        }
    }

    private static void closeQuietly(@org.jspecify.annotations.Nullable FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release the write lock: " + e.getMessage(), e);
        }
    }
}
