/**
 * The Vaadin UI: the main layout, sign-in and access-denied views, the current user, and the web security
 * configuration built on VaadinWebSecurity. Screens are in ui.map, ui.articles and ui.add.
 * The only package (with Application) that uses Vaadin; uses the domain packages, api and security.
 */
package org.newsatlas.ui;
