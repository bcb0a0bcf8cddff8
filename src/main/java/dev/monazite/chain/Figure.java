package dev.monazite.chain;

/** A number the model uses, with its unit and where it comes from. */
public record Figure(double value, String unit, Provenance provenance) {}
