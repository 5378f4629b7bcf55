package net.api;

import static net.api.Bytes.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code ipAddrScopeTests}: every classification predicate of IP, on both lengths of IPv4. */
class IPScopeTest {

    private static Arguments t(String name, Predicate<IP> scope, IP in, boolean ok) {
        return Arguments.of(name, scope, in, ok);
    }

    static Stream<Arguments> ipAddrScopeTests() {
        Predicate<IP> unspecified = IP::isUnspecified;
        Predicate<IP> loopback = IP::isLoopback;
        Predicate<IP> multicast = IP::isMulticast;
        Predicate<IP> ifLocalMc = IP::isInterfaceLocalMulticast;
        Predicate<IP> llMc = IP::isLinkLocalMulticast;
        Predicate<IP> llUc = IP::isLinkLocalUnicast;
        Predicate<IP> global = IP::isGlobalUnicast;
        Predicate<IP> priv = IP::isPrivate;
        IP nil = ip();
        return Stream.of(
                t("isUnspecified", unspecified, IP.IPV4_ZERO, true),
                t("isUnspecified", unspecified, IP.v4(127, 0, 0, 1), false),
                t("isUnspecified", unspecified, IP.IPV6_UNSPECIFIED, true),
                t("isUnspecified", unspecified, IP.IPV6_INTERFACELOCALALLNODES, false),
                t("isUnspecified", unspecified, nil, false),
                t("isLoopback", loopback, IP.v4(127, 0, 0, 1), true),
                t("isLoopback", loopback, IP.v4(127, 255, 255, 254), true),
                t("isLoopback", loopback, IP.v4(128, 1, 2, 3), false),
                t("isLoopback", loopback, IP.IPV6_LOOPBACK, true),
                t("isLoopback", loopback, IP.IPV6_LINKLOCALALLROUTERS, false),
                t("isLoopback", loopback, nil, false),
                t("isMulticast", multicast, IP.v4(224, 0, 0, 0), true),
                t("isMulticast", multicast, IP.v4(239, 0, 0, 0), true),
                t("isMulticast", multicast, IP.v4(240, 0, 0, 0), false),
                t("isMulticast", multicast, IP.IPV6_LINKLOCALALLNODES, true),
                t("isMulticast", multicast, ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true),
                t("isMulticast", multicast, ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
                t("isMulticast", multicast, nil, false),
                t("isInterfaceLocalMulticast", ifLocalMc, IP.v4(224, 0, 0, 0), false),
                t("isInterfaceLocalMulticast", ifLocalMc, IP.v4(0xff, 0x01, 0, 0), false),
                t("isInterfaceLocalMulticast", ifLocalMc, IP.IPV6_INTERFACELOCALALLNODES, true),
                t("isInterfaceLocalMulticast", ifLocalMc, nil, false),
                t("isLinkLocalMulticast", llMc, IP.v4(224, 0, 0, 0), true),
                t("isLinkLocalMulticast", llMc, IP.v4(239, 0, 0, 0), false),
                t("isLinkLocalMulticast", llMc, IP.v4(0xff, 0x02, 0, 0), false),
                t("isLinkLocalMulticast", llMc, IP.IPV6_LINKLOCALALLROUTERS, true),
                t("isLinkLocalMulticast", llMc, ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
                t("isLinkLocalMulticast", llMc, nil, false),
                t("isLinkLocalUnicast", llUc, IP.v4(169, 254, 0, 0), true),
                t("isLinkLocalUnicast", llUc, IP.v4(169, 255, 0, 0), false),
                t("isLinkLocalUnicast", llUc, IP.v4(0xfe, 0x80, 0, 0), false),
                t("isLinkLocalUnicast", llUc, ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true),
                t("isLinkLocalUnicast", llUc, ip(0xfe, 0xc0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
                t("isLinkLocalUnicast", llUc, nil, false),
                t("isGlobalUnicast", global, IP.v4(240, 0, 0, 0), true),
                t("isGlobalUnicast", global, IP.v4(232, 0, 0, 0), false),
                t("isGlobalUnicast", global, IP.v4(169, 254, 0, 0), false),
                t("isGlobalUnicast", global, IP.IPV4_BCAST, false),
                t("isGlobalUnicast", global, ip(0x20, 0x1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0x1, 0x23, 0, 0x12, 0, 0x1), true),
                t("isGlobalUnicast", global, ip(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
                t("isGlobalUnicast", global, ip(0xff, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
                t("isGlobalUnicast", global, nil, false),
                t("isPrivate", priv, nil, false),
                t("isPrivate", priv, IP.v4(1, 1, 1, 1), false),
                t("isPrivate", priv, IP.v4(9, 255, 255, 255), false),
                t("isPrivate", priv, IP.v4(10, 0, 0, 0), true),
                t("isPrivate", priv, IP.v4(10, 255, 255, 255), true),
                t("isPrivate", priv, IP.v4(11, 0, 0, 0), false),
                t("isPrivate", priv, IP.v4(172, 15, 255, 255), false),
                t("isPrivate", priv, IP.v4(172, 16, 0, 0), true),
                t("isPrivate", priv, IP.v4(172, 16, 255, 255), true),
                t("isPrivate", priv, IP.v4(172, 23, 18, 255), true),
                t("isPrivate", priv, IP.v4(172, 31, 255, 255), true),
                t("isPrivate", priv, IP.v4(172, 31, 0, 0), true),
                t("isPrivate", priv, IP.v4(172, 32, 0, 0), false),
                t("isPrivate", priv, IP.v4(192, 167, 255, 255), false),
                t("isPrivate", priv, IP.v4(192, 168, 0, 0), true),
                t("isPrivate", priv, IP.v4(192, 168, 255, 255), true),
                t("isPrivate", priv, IP.v4(192, 169, 0, 0), false),
                t("isPrivate", priv, ip(0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), false),
                t("isPrivate", priv, ip(0xfc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), true),
                t("isPrivate", priv, ip(0xfc, 0xff, 0x12, 0, 0, 0, 0, 0x44, 0, 0, 0, 0, 0, 0, 0, 0), true),
                t("isPrivate", priv, ip(0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), true),
                t("isPrivate", priv, ip(0xfe, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), false),
                // cases Go's table misses
                t("isGlobalUnicast", global, IP.v4(10, 1, 2, 3), true),
                t("isGlobalUnicast", global, IP.v4(127, 0, 0, 1), false),
                t("isGlobalUnicast", global, IP.IPV6_UNSPECIFIED, false),
                t("isGlobalUnicast", global, ip(1, 2, 3), false),
                t("isLoopback", loopback, ip(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 127, 0, 0, 1), false),
                t("isUnspecified", unspecified, ip(0, 0, 0, 0), true),
                t("isPrivate", priv, ip(0xfc, 0, 0, 0), false),
                t("isMulticast", multicast, ip(0xff, 0, 0), false));
    }

    @ParameterizedTest(name = "{0}({2}) = {3}")
    @MethodSource("ipAddrScopeTests")
    void ipAddrScope(String name, Predicate<IP> scope, IP in, boolean ok) {
        assertEquals(ok, scope.test(in), name + "(" + in + ")");
        in.to4().ifPresent(four -> assertEquals(ok, scope.test(four), name + "(" + four + ") in 4 bytes"));
    }
}
