/**
 * The command line: one picocli command per task, each parsing its options, calling one stage and
 * printing that stage's view as a table, CSV, JSON or JSON Lines. Errors become one line saying what
 * to do next.
 */
package dev.monazite.cli;
