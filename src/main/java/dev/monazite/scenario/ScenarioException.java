package dev.monazite.scenario;

/** A scenario file that cannot be run: the message names the file, line and field and what to write instead. */
public final class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ScenarioException(String file, int line, String field, String problem) {
        super(file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
    }

    ScenarioException(String message) {
        super(message);
    }
}
