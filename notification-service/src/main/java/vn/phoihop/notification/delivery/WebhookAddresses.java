package vn.phoihop.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may go: an agency's own system on the public network, never a service of ours or anything
 * else inside. A URL is refused when its host is, or resolves to, a loopback, unspecified, private (RFC 1918,
 * shared 100.64/10), link-local (including cloud metadata 169.254.169.254), unique-local (fc00::/7), site-local
 * or multicast address, IPv4 and IPv6 alike; it is checked when set and again before every send, so a name
 * that later resolves inside (DNS rebinding) is refused then. Plain http is refused unless configured
 * ({@code phoihop.webhook.require-https=false}: the local stack and tests). {@code phoihop.webhook.allowed-hosts}
 * exempts exact host names, for a test's own listener; production sets none.
 */
@ApplicationScoped
public class WebhookAddresses {
    @ConfigProperty(name = "phoihop.webhook.require-https", defaultValue = "true")
    boolean requireHttps;

    @ConfigProperty(name = "phoihop.webhook.allowed-hosts")
    Optional<List<String>> allowedHosts;

    /** Why {@code url} may not be called, or empty when it may. Resolves the host name. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            return Optional.of(requireHttps ? "must be an https URL" : "must be an http(s) URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("has no host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (allowedHosts.orElse(List.of()).stream().anyMatch(host::equalsIgnoreCase)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return Optional.of("is refused: it names a loopback, private, link-local or unique-local address");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // this network
                    || first == 100 && second >= 64 && second < 128 // shared address space (carrier NAT)
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
                    || first == 198 && (second == 18 || second == 19) // benchmarking
                    || first >= 240; // reserved, broadcast
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
                return true;
            }
            boolean mappedOrCompatible = true; // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address
            for (int i = 0; i < 10; i++) {
                mappedOrCompatible &= b[i] == 0;
            }
            if (mappedOrCompatible && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
                try {
                    return internal(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            // NAT64 64:ff9b::/96 reaches the IPv4 address in its last four bytes
            if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
                try {
                    return internal(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }
}
