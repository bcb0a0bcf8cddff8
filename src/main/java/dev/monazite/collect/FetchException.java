package dev.monazite.collect;

import java.io.IOException;

/** A page could not be fetched; the message names the address and why, for a source's last error. */
public final class FetchException extends IOException {
    FetchException(String message) {
        super(message);
    }

    FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
