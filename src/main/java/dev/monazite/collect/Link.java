package dev.monazite.collect;

import java.net.URI;

/** An article address a source lists, with the title it gives (null when it gives none). */
record Link(URI uri, String title) {}
