package io.storyline.ingest;

/** Raised inside the readers for one bad input; its message is the reason reported to the caller. */
final class BadInputException extends Exception {

    BadInputException(String reason) {
        super(reason, null, false, false);
    }
}
