package dev.monazite.chain;

/** The stages rare earths pass through, in order; flows run only between adjacent stages. */
public enum Stage {
    MINING("mining"), REFINING("refining"), METAL("metal_alloy"), MAGNET("magnet"), END_USE("end_use");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
