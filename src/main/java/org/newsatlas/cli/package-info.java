/**
 * The command line: {@link org.newsatlas.cli.Main} is the jar's entry point; it runs a command (import,
 * reprocess, geoparse, user) in a Spring context without the web server, or starts the web app.
 * Uses the domain packages and security; never ui.
 */
package org.newsatlas.cli;
