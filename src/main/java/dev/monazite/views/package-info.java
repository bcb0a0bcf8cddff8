/**
 * The machine forms of what an analyst sees: one JSON object per kind of record (fact, chain,
 * scenario month), snake_case keys, numbers as written, printed alike by the command line and the
 * web API. Takes records from the store and the models; hands on maps ready to serialise.
 */
package dev.monazite.views;
