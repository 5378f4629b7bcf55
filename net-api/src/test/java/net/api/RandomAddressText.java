package net.api;

import java.util.HexFormat;
import java.util.Random;

/**
 * Random inputs for {@link GoComparisonTest}: IP, CIDR and MAC text that is valid or nearly valid
 * (leading zeros, long groups, misplaced {@code ::}, embedded IPv4, zones, bad lengths, stray
 * characters), and random byte values for IPs, masks and probes. Deterministic for a seed.
 */
final class RandomAddressText {

    private static final String HEX = "0123456789abcdefABCDEF";
    private static final String NOISE = "0123456789abcdefABCDEFgx:.-%/ ";
    private static final String[] ZONES = {"eth0", "", "1", "lo0", "%", "a b", "911", "en0%x"};
    private static final int[] FIRST_BYTES = {0, 1, 10, 127, 169, 172, 192, 224, 239, 240, 255, 0xfc, 0xfd, 0xfe, 0xff, 0x20};
    private static final int[] SECOND_BYTES = {0, 1, 2, 5, 15, 16, 31, 32, 0x80, 0xc0, 168, 254, 0xff, 0x0d};

    private final Random r;

    RandomAddressText(long seed) {
        this.r = new Random(seed);
    }

    /** A line of text for the parsers. */
    String text() {
        String s = switch (r.nextInt(10)) {
            case 0, 1 -> ipv4();
            case 2, 3, 4 -> ipv6();
            case 5, 6 -> (r.nextBoolean() ? ipv4() : ipv6()) + "/" + prefix();
            case 7, 8 -> mac();
            default -> special();
        };
        return r.nextInt(4) == 0 ? mutate(s) : s;
    }

    /** A line of byte values: IP, mask and probe, hex or "-" for empty. */
    String values() {
        byte[] ip = ip();
        byte[] probe = switch (r.nextInt(4)) {
            case 0 -> ip.clone();
            case 1 -> otherLength(ip);
            default -> ip();
        };
        return hex(ip) + " " + hex(mask()) + " " + hex(probe);
    }

    private static String hex(byte[] b) {
        return b.length == 0 ? "-" : HexFormat.of().formatHex(b);
    }

    private String ipv4() {
        int fields = r.nextInt(10) < 8 ? 4 : 3 + 2 * r.nextInt(2) - (r.nextInt(5) == 0 ? 1 : 0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(switch (r.nextInt(40)) {
                case 0 -> "0" + r.nextInt(100);
                case 1 -> Integer.toString(256 + r.nextInt(800));
                case 2 -> "";
                case 3 -> "-" + r.nextInt(3);
                case 4 -> "00";
                default -> Integer.toString(r.nextInt(256));
            });
        }
        return sb.toString();
    }

    private String group() {
        int digits = switch (r.nextInt(40)) {
            case 0 -> 0;
            case 1 -> 5;
            case 2 -> 6;
            default -> 1 + r.nextInt(4);
        };
        if (r.nextInt(6) == 0) {
            return "0".repeat(digits);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            sb.append(HEX.charAt(r.nextInt(HEX.length())));
        }
        return sb.toString();
    }

    private String ipv6() {
        int groups = 1 + r.nextInt(9);
        boolean embedded = r.nextInt(4) == 0;
        String[] parts = new String[groups];
        for (int i = 0; i < groups; i++) {
            parts[i] = group();
        }
        if (embedded) {
            parts[groups - 1] = ipv4();
        }
        StringBuilder sb = new StringBuilder();
        int ellipsis = r.nextInt(3) == 0 ? -1 : r.nextInt(groups + 1);
        int second = r.nextInt(15) == 0 ? r.nextInt(groups + 1) : -1;
        for (int i = 0; i <= groups; i++) {
            if (i == ellipsis || i == second) {
                sb.append("::");
            } else if (i > 0 && i < groups) {
                sb.append(':');
            }
            if (i < groups) {
                sb.append(parts[i]);
            }
        }
        if (r.nextInt(7) == 0) {
            sb.append('%').append(ZONES[r.nextInt(ZONES.length)]);
        }
        return sb.toString();
    }

    private String prefix() {
        return switch (r.nextInt(20)) {
            case 0 -> "";
            case 1 -> "0" + r.nextInt(40);
            case 2 -> "+" + r.nextInt(40);
            case 3 -> r.nextInt(140) + "x";
            case 4 -> "99999999999";
            case 5 -> "-" + r.nextInt(3);
            default -> Integer.toString(r.nextInt(140));
        };
    }

    private String mac() {
        int[] counts = {6, 6, 8, 20, 1 + r.nextInt(22)};
        int n = counts[r.nextInt(counts.length)];
        int style = r.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                switch (style) {
                    case 0 -> sb.append(':');
                    case 1 -> sb.append('-');
                    case 2 -> {
                        if (i % 2 == 0) {
                            sb.append('.');
                        }
                    }
                    case 3 -> { }
                    default -> sb.append(":-.".charAt(r.nextInt(3)));
                }
            }
            int digits = r.nextInt(15) == 0 ? 1 + 2 * r.nextInt(2) : 2;
            for (int d = 0; d < digits; d++) {
                sb.append(r.nextInt(40) == 0 ? 'g' : HEX.charAt(r.nextInt(HEX.length())));
            }
        }
        return sb.toString();
    }

    private String special() {
        return switch (r.nextInt(6)) {
            case 0 -> "::ffff:" + ipv4();
            case 1 -> "::" + ipv4();
            case 2 -> "0:0:0:0:0:ffff:" + ipv4();
            case 3 -> ipv6() + "%" + ZONES[r.nextInt(ZONES.length)];
            case 4 -> "";
            default -> mutate(mutate(ipv4()));
        };
    }

    private String mutate(String s) {
        StringBuilder sb = new StringBuilder(s);
        int ops = 1 + r.nextInt(2);
        for (int k = 0; k < ops; k++) {
            char c = r.nextInt(50) == 0 ? "\u00e9\u0661\uff11".charAt(r.nextInt(3)) : NOISE.charAt(r.nextInt(NOISE.length()));
            int at = sb.isEmpty() ? 0 : r.nextInt(sb.length());
            switch (sb.isEmpty() ? 0 : r.nextInt(3)) {
                case 0 -> sb.insert(at, c);
                case 1 -> sb.deleteCharAt(at);
                default -> sb.setCharAt(at, c);
            }
        }
        return sb.toString();
    }

    private byte[] ip() {
        int[] lengths = {0, 4, 4, 16, 16, 16, 16, 3, 5, 8};
        byte[] b = new byte[lengths[r.nextInt(lengths.length)]];
        r.nextBytes(b);
        if (b.length == 0) {
            return b;
        }
        b[0] = (byte) FIRST_BYTES[r.nextInt(FIRST_BYTES.length)];
        if (b.length > 1 && r.nextBoolean()) {
            b[1] = (byte) SECOND_BYTES[r.nextInt(SECOND_BYTES.length)];
        }
        if (b.length == 16) {
            switch (r.nextInt(5)) {
                case 0 -> { // IPv4-mapped
                    java.util.Arrays.fill(b, 0, 10, (byte) 0);
                    b[10] = (byte) 0xff;
                    b[11] = (byte) 0xff;
                    b[12] = (byte) FIRST_BYTES[r.nextInt(FIRST_BYTES.length)];
                }
                case 1 -> java.util.Arrays.fill(b, 2 + r.nextInt(6), 8 + r.nextInt(8), (byte) 0);
                case 2 -> { // ::, ::1 and neighbours
                    java.util.Arrays.fill(b, 0, 15, (byte) 0);
                    b[15] = (byte) r.nextInt(3);
                }
                default -> { }
            }
        }
        return b;
    }

    private byte[] otherLength(byte[] ip) {
        if (ip.length == 4) {
            byte[] b = new byte[16];
            b[10] = (byte) 0xff;
            b[11] = (byte) 0xff;
            System.arraycopy(ip, 0, b, 12, 4);
            return b;
        }
        if (ip.length == 16) {
            return java.util.Arrays.copyOfRange(ip, 12, 16);
        }
        return new byte[0];
    }

    private byte[] mask() {
        switch (r.nextInt(6)) {
            case 0, 1 -> {
                int bits = r.nextBoolean() ? 32 : 128;
                return Net.cidrMask(r.nextInt(bits + 1), bits).orElseThrow().bytes();
            }
            case 2 -> { // a 16-byte mask of an IPv4 prefix
                byte[] b = new byte[16];
                java.util.Arrays.fill(b, 0, 12, (byte) 0xff);
                System.arraycopy(Net.cidrMask(r.nextInt(33), 32).orElseThrow().bytes(), 0, b, 12, 4);
                return b;
            }
            default -> {
                int[] lengths = {0, 3, 4, 16};
                byte[] b = new byte[lengths[r.nextInt(lengths.length)]];
                r.nextBytes(b);
                return b;
            }
        }
    }
}
