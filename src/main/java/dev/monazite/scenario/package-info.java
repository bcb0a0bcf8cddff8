/**
 * What-if scenarios over the chain model: a YAML file states a disruption, stocks, demand and
 * mitigations; {@link dev.monazite.scenario.ScenarioReader} checks it (errors name the line and field)
 * and fills what it leaves out from the model with provenance; {@link dev.monazite.scenario.Simulator}
 * runs it month by month and hands on a {@link dev.monazite.scenario.ScenarioResult}.
 */
package dev.monazite.scenario;
