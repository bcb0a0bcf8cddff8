/**
 * The supply-chain model: stages from mining to end use, each stage's producers and shares, flows
 * between adjacent stages and each importing region's dependence on its suppliers, built from the
 * sourced reference tables. A newer corpus share replaces a reference share only when independent
 * outlets agree on it or an analyst confirmed it ({@code Agreement}); other newer
 * figures stay beside the reference as candidates. Every number carries a citation;
 * {@link dev.monazite.chain.ChainBuilder} hands a {@link dev.monazite.chain.ChainModel} to the views
 * and to the scenario simulator.
 */
package dev.monazite.chain;
