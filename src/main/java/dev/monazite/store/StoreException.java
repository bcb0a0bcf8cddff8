package dev.monazite.store;

/**
 * The database cannot be used; the message says why and what to do. Nothing stored is changed.
 * When {@link #articleOnly()} is set, the database refused one article's data alone (a value it
 * cannot hold, a constraint): that article was rolled back and the store can go on with others.
 */
public final class StoreException extends RuntimeException {
    private final boolean articleOnly;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    StoreException(String message, Throwable cause, boolean articleOnly) {
        super(message, cause);
        this.articleOnly = articleOnly;
    }

    /** Whether only the article being saved was refused, and the store is still usable. */
    public boolean articleOnly() {
        return articleOnly;
    }
}
