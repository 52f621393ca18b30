package org.newsatlas.article.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which web addresses the importer may fetch. From the command line and on a loopback server (the analyst's own
 * machine) any address: their intranet is theirs to read. On a public server a person who may add articles must
 * not make the server read what only it can reach (server-side request forgery: its own admin ports, the cloud's
 * metadata service at 169.254.169.254, the office network), so only public addresses: each address the host name
 * resolves to is checked, and again at every redirect. (A host whose name resolves to a public address when it is
 * checked and to a private one a moment later, when it is fetched, gets past this; the server's own firewall is
 * the line for that.)
 */
public enum FetchRule {

    /** Any address the machine can reach. */
    ANY_ADDRESS,
    /** Public internet addresses only: no loopback, private, link-local, shared (CGNAT), multicast or unspecified. */
    PUBLIC_ONLY;

    /** The rule for a server: public servers fetch public addresses only unless the setting allows private ones. */
    public static FetchRule forServer(boolean publicServer, boolean privateAddressesAllowed) {
        return publicServer && !privateAddressesAllowed ? PUBLIC_ONLY : ANY_ADDRESS;
    }

    /** Refuses an address this rule does not fetch, saying why; resolves the host name to check it. */
    void check(URI address) throws ArticleReadException {
        if (this == ANY_ADDRESS) {
            return;
        }
        String host = address.getHost();
        InetAddress[] resolved;
        try {
            resolved = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new ArticleReadException(ArticleReadException.Reason.UNREADABLE, "cannot fetch it: no such host "
                    + host);
        }
        for (InetAddress ip : resolved) {
            if (!isPublic(ip)) {
                throw new ArticleReadException(ArticleReadException.Reason.UNREADABLE, "not fetched: " + host
                        + (isLiteral(host) ? " is" : " resolves to " + ip.getHostAddress() + ",")
                        + " an address inside this server's own network; a public server fetches public addresses"
                        + " only (newsatlas.import.fetch-private-addresses)");
            }
        }
    }

    /** An IPv4 address or a bracketed IPv6 address rather than a host name. */
    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }

    /** Whether an address is on the public internet (IPv4-mapped IPv6 addresses are judged as their IPv4 one). */
    static boolean isPublic(InetAddress ip) {
        if (ip instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
        }
        if (ip.isAnyLocalAddress() || ip.isLoopbackAddress() || ip.isLinkLocalAddress() || ip.isSiteLocalAddress()
                || ip.isMulticastAddress()) {
            return false;
        }
        if (ip instanceof Inet4Address) {
            byte[] b = ip.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // this network; shared (CGNAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        return true;
    }
}
