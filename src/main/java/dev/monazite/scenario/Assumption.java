package dev.monazite.scenario;

/** A number the run used: its name, value, unit and where it came from (the file's line or the model's source). */
public record Assumption(String name, Object value, String unit, String source) {}
