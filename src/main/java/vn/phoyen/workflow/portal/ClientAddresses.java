package vn.phoyen.workflow.portal;

import java.util.List;
import java.util.Set;

/**
 * Who a request comes from, for the rate limits: the connection's address, unless that is one of the ward's trusted
 * proxies, in which case the nearest address in {@code X-Forwarded-For} that is not a trusted proxy (proxies append
 * to the right, so anything further left may be made up by the client).
 */
final class ClientAddresses {

    /** Longer than any IPv6 address; a longer entry is not an address and must not grow the limiter's keys. */
    private static final int MAX_ADDRESS_LENGTH = 45;

    private final Set<String> trustedProxies;

    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::strip).toList());
    }

    String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",", -1);
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty() || hop.length() > MAX_ADDRESS_LENGTH) {
                // a malformed entry: whatever lies left of it cannot be trusted either
                return remoteAddress;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
