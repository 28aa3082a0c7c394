package io.storyline.store;

/** Another writer holds the data directory's {@link WriteLock}; the message names it and what to do. */
public final class WriterBusyException extends RuntimeException {

    WriterBusyException(String message) {
        super(message);
    }
}
