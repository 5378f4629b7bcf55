package net.api;

/**
 * Go's {@code net.IPNet}: an IP network, an address and a mask. Its network name is
 * {@code ip+net}.
 */
public record IPNet(IP ip, IPMask mask) implements Addr {

    @Override
    public String network() {
        return "ip+net";
    }
}
