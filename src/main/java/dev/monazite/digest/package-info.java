/**
 * Digests: the stories a workflow or query finds, newest first, each summarised into "Core insights"
 * and theme groups whose bullets cite paragraph numbers, under a header of the window's figures,
 * policy events and conflicting claims from the fact store. {@link dev.monazite.digest.Digester}
 * builds a {@link dev.monazite.digest.Digest}; {@link dev.monazite.digest.DigestFormat} renders it as
 * JSON, Markdown or standalone HTML. Bullets are extracted verbatim by default; an optional model
 * rewrites them, and every rewritten bullet is checked against the paragraphs it cites.
 */
package dev.monazite.digest;
