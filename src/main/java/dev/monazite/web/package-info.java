/**
 * The local web workspace: a Javalin server that serves the pages (plain HTML and JavaScript from
 * the jar, ECharts from its WebJar, no CDN) and a JSON API over search, articles, facts, conflicts,
 * timeline, series and entities, described by an OpenAPI document.
 */
package dev.monazite.web;
