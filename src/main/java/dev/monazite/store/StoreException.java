package dev.monazite.store;

/** The database cannot be used; the message says why and what to do. Nothing stored is changed. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
