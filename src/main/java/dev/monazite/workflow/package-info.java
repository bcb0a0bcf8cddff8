/**
 * Workflows: named saved searches (query, entity filters, languages, sources, a window in days)
 * kept in DATA/workflows.json, seeded from the shipped defaults, together with the story clusters
 * each workflow has already shown. The digest stage reads a {@link dev.monazite.workflow.Workflow}
 * and reports back what it showed.
 */
package dev.monazite.workflow;
