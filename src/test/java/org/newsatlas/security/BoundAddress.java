package org.newsatlas.security;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** Where the test's web server listens, and an address of this machine other than loopback to try it from. */
final class BoundAddress {

    private BoundAddress() {
    }

    /** The connector's address; null: all interfaces. */
    static InetAddress of(ServletWebServerApplicationContext context) {
        return (InetAddress) ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector()
                .getProperty("address");
    }

    static Optional<InetAddress> nonLoopbackAddressOfThisMachine() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
