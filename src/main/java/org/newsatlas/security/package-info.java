/**
 * Who may do what: user accounts and roles, password hashes, the server mode (loopback or public), the
 * visitor filter and the content security policy. Plain Spring; the Vaadin side of sign-in is in ui.
 * Uses no other News Atlas package.
 */
package org.newsatlas.security;
