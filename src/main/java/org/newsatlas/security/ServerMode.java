package org.newsatlas.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who can reach the server, from {@code newsatlas.server.public} and {@code server.address}. Loopback (the
 * default): bound to 127.0.0.1, one analyst on their own machine, who is an editor without signing in. Public
 * ({@code newsatlas.server.public=true}, or a {@code server.address} that is not a loopback address): every write
 * needs a signed-in editor, and reading needs a signed-in reader unless {@code newsatlas.security.open-reading}.
 */
@Component
public class ServerMode {

    private final boolean exposed;
    private final boolean addressGiven;
    private final boolean openReading;

    @Autowired
    public ServerMode(Environment environment) {
        this(environment.getProperty("newsatlas.server.public", Boolean.class, false),
                environment.getProperty("server.address"),
                environment.getProperty("newsatlas.security.open-reading", Boolean.class, false));
    }

    ServerMode(boolean publicFlag, String serverAddress, boolean openReading) {
        this.addressGiven = serverAddress != null && !serverAddress.isBlank();
        this.exposed = publicFlag || (addressGiven && !isLoopback(serverAddress));
        this.openReading = openReading;
    }

    public boolean isPublic() {
        return exposed;
    }

    /** Neither public nor bound by {@code server.address}: the server listens on 127.0.0.1 only. */
    public boolean bindsLoopbackOnly() {
        return !exposed && !addressGiven;
    }

    /**
     * The roles of someone who has not signed in: on a loopback server, a request from this machine is the
     * analyst's own (an editor); otherwise a reader if reading is open, else nothing (the sign-in page).
     */
    public List<GrantedAuthority> visitorAuthorities(String remoteAddress) {
        if (!exposed && isLoopback(remoteAddress)) {
            return Role.EDITOR.authorities();
        }
        return openReading ? Role.READER.authorities() : List.of();
    }

    /** An address literal or host name that resolves to this machine's loopback interface. */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
