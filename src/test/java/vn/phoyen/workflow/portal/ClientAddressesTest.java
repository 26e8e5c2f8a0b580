package vn.phoyen.workflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxy = new ClientAddresses(List.of("10.0.0.5", " 10.0.0.6 "));

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        ClientAddresses direct = new ClientAddresses(List.of());
        assertThat(direct.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void aClientNotComingThroughATrustedProxyCannotChooseItsAddress() {
        assertThat(behindProxy.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheAddressItSawCounts() {
        assertThat(behindProxy.of("10.0.0.5", "198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void whatTheClientPutInFrontOfTheProxysEntryIsIgnored() {
        assertThat(behindProxy.of("10.0.0.5", "1.2.3.4, 198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void chainedTrustedProxiesAreSkipped() {
        assertThat(behindProxy.of("10.0.0.5", "1.2.3.4, 198.51.100.1,10.0.0.6")).isEqualTo("198.51.100.1");
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsTheClient() {
        assertThat(behindProxy.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
        assertThat(behindProxy.of("10.0.0.5", " ")).isEqualTo("10.0.0.5");
    }

    @Test
    void aMalformedEntryIsNotTakenAsAnAddress() {
        assertThat(behindProxy.of("10.0.0.5", "x".repeat(500))).isEqualTo("10.0.0.5");
        assertThat(behindProxy.of("10.0.0.5", "198.51.100.1,,")).isEqualTo("10.0.0.5");
    }
}
