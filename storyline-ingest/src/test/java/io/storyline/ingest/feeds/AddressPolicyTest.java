package io.storyline.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, a loopback",
        "127.9.9.9, a loopback",
        "::1, a loopback",
        "0.0.0.0, an unspecified",
        "0.1.2.3, an unspecified",
        "10.0.0.1, a private",
        "172.16.5.4, a private",
        "172.31.255.255, a private",
        "192.168.0.1, a private",
        "fc00::1, a private (unique local)",
        "fd12:3456::1, a private (unique local)",
        "169.254.169.254, a link-local",
        "fe80::1, a link-local",
        "224.0.0.1, a multicast",
        "ff02::1, a multicast",
        "100.64.0.1, a shared (carrier-grade NAT)",
        "255.255.255.255, a broadcast",
        "::ffff:10.0.0.1, a private"
    })
    void recognisesNonPublicAddresses(String address, String kind) throws UnknownHostException {
        assertThat(AddressPolicy.nonPublic(InetAddress.getByName(address))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "8.8.8.8"})
    void letsPublicAddressesThrough(String address) throws UnknownHostException {
        assertThat(AddressPolicy.nonPublic(InetAddress.getByName(address))).isNull();
    }

    @Test
    void refusesOtherSchemesAndHostlessUrls() {
        AddressPolicy p = new AddressPolicy(true, h -> List.of());
        assertThat(p.refusal(URI.create("file:///etc/passwd")))
                .contains("only http and https URLs are fetched, got \"file:///etc/passwd\"");
        assertThat(p.refusal(URI.create("ftp://example.org/feed"))).isPresent();
        assertThat(p.refusal(URI.create("http:///feed"))).contains("URL has no host: \"http:///feed\"");
    }

    @Test
    void everyAddressOfAHostIsChecked() {
        AddressPolicy p = new AddressPolicy(
                false, h -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.9.8.7")));
        assertThat(p.refusal(URI.create("https://news.example/feed")).orElseThrow())
                .contains("resolves to a private address 10.9.8.7");
    }

    @Test
    void unresolvableHostIsRefused() {
        AddressPolicy p = new AddressPolicy(false, h -> {
            throw new UnknownHostException(h);
        });
        assertThat(p.refusal(URI.create("https://nowhere.invalid/feed")))
                .contains("cannot resolve host nowhere.invalid");
    }

    @Test
    void allowPrivateLetsLocalAddressesThrough() {
        AddressPolicy p = new AddressPolicy(true, h -> List.of(InetAddress.getLoopbackAddress()));
        assertThat(p.refusal(URI.create("http://127.0.0.1:8080/feed"))).isEmpty();
    }
}
