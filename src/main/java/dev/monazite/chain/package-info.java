/**
 * The supply-chain model: stages from mining to end use, each stage's producers and shares, flows
 * between adjacent stages and each importing region's dependence on its suppliers, built from the
 * sourced reference tables and updated by newer corpus facts. Every number carries its provenance;
 * {@link dev.monazite.chain.ChainBuilder} hands a {@link dev.monazite.chain.ChainModel} to the views
 * and to the scenario simulator.
 */
package dev.monazite.chain;
