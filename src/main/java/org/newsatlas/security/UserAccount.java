package org.newsatlas.security;

/** A person who can sign in: a name, a password hash ({@code {bcrypt}...}) and a role. */
public record UserAccount(String name, String passwordHash, Role role) {
}
