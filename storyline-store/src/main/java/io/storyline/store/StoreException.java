package io.storyline.store;

/** A store that cannot be opened, read or written; the message names the data directory or article. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
