package dev.monazite.cli;

import dev.monazite.chain.ChainBuilder;
import dev.monazite.chain.ChainModel;
import dev.monazite.scenario.ScenarioReader;
import dev.monazite.scenario.Simulator;
import dev.monazite.store.ConflictFinder;
import dev.monazite.store.FactFilter;
import dev.monazite.store.FactStore;
import java.util.Map;

/**
 * The machine forms of the chain and scenario views, shared by the command line and the web API
 * so both give the same JSON.
 */
public final class Views {
    private Views() {}

    /** The chain model with the store's corpus facts applied, as the {@code chain --format json} object. */
    public static Map<String, Object> chain(FactStore store, String commodity) {
        return ChainCommand.json(model(store, commodity));
    }

    /** Runs a scenario given as YAML text; the object {@code scenario --format json} prints. */
    public static Map<String, Object> scenario(FactStore store, String name, String yaml) {
        return ScenarioCommand.json(Simulator.run(ScenarioReader.read(name, yaml, model(store, "REE"))));
    }

    static ChainModel model(FactStore store, String commodity) {
        FactFilter shares = FactFilter.ALL.withType("share");
        return ChainBuilder.build(commodity, store.facts(shares), ConflictFinder.find(store, shares));
    }
}
