package org.newsatlas.security;

import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Who can sign in: the users of {@code newsatlas.security.users}, then those stored by {@code user add}. */
@Service
public class UserAccounts implements UserDetailsService {

    private final SecuritySettings settings;
    private final UserRepository repository;

    public UserAccounts(SecuritySettings settings, UserRepository repository) {
        this.settings = settings;
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        return find(name).map(a -> User.withUsername(a.name()).password(a.passwordHash())
                        .authorities(a.role().authorities()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public Optional<UserAccount> find(String name) {
        return settings.users().stream().filter(u -> u.name().equals(name)).findFirst()
                .map(u -> new UserAccount(u.name(), u.password(), Role.byId(u.role()).orElseThrow()))
                .or(() -> repository.find(name));
    }
}
