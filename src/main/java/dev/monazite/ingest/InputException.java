package dev.monazite.ingest;

/** A file that cannot be ingested; the message is the reason a user reads after the file name. */
public final class InputException extends Exception {
    public InputException(String reason) {
        super(reason);
    }
}
