package net.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import net.api.internal.IPParser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares this port with Go itself: many thousands of random IP, CIDR and MAC strings and byte
 * values go through Go's {@code net} (the program in {@code src/test/go/ipcompare}) and through
 * the Java API, and every output line must be the same. Skipped, with the reason printed, when no
 * {@code go} binary is found ({@code $GOROOT/bin/go}, or Go 1.27 under {@code /opt/go127}).
 */
class GoComparisonTest {

    private static final Path PROGRAM = Path.of("src/test/go/ipcompare/main.go");
    private static final Path DEFAULT_GO = Path.of("/opt/go127/usr/lib/go-1.27/bin/go");
    private static final int TEXT_LINES = 40_000;
    private static final int VALUE_LINES = 20_000;

    @Test
    void javaAgreesWithGo(@TempDir Path dir) throws Exception {
        Optional<Path> go = findGo();
        if (go.isEmpty()) {
            String reason = "no go binary: neither $GOROOT/bin/go nor " + DEFAULT_GO + " exists";
            System.out.println("GoComparisonTest skipped: " + reason);
            Assumptions.abort(reason);
        }
        Assumptions.assumeTrue(Files.isRegularFile(PROGRAM), "not run from the net-api directory");

        long seed = Long.getLong("ipcompare.seed", 20261126L);
        RandomAddressText gen = new RandomAddressText(seed);
        List<String> input = new ArrayList<>(TEXT_LINES + VALUE_LINES);
        for (int i = 0; i < TEXT_LINES; i++) {
            input.add("s " + gen.text());
        }
        for (int i = 0; i < VALUE_LINES; i++) {
            input.add("b " + gen.values());
        }
        List<String> goOut = runGo(go.get(), input, dir);
        assertEquals(input.size(), goOut.size(), "one output line per input line from Go");

        int mismatches = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < input.size(); i++) {
            String line = input.get(i);
            String java = line.startsWith("s ") ? text(line.substring(2)) : values(line.substring(2).split(" "));
            if (!java.equals(goOut.get(i))) {
                if (++mismatches <= 20) {
                    report.append("\ninput: ").append(line).append("\n  go:   ").append(goOut.get(i))
                            .append("\n  java: ").append(java);
                }
            }
        }
        System.out.printf("GoComparisonTest: %d inputs (%d strings, %d byte values, seed %d) compared with %s, %d mismatches;"
                + " valid in Go: %d IPs, %d zoned literals, %d CIDRs, %d MACs%n",
                input.size(), TEXT_LINES, VALUE_LINES, seed, go.get(), mismatches,
                valid(goOut, "ip=", "ip=nil"), valid(goOut, "| zoned=", "| zoned=nil"),
                valid(goOut, "| cidr=", "| cidr=invalid CIDR address"), valid(goOut, "| mac=", "| mac=address "));
        assertTrue(mismatches == 0, mismatches + " of " + input.size() + " lines differ from Go:" + report);
    }

    /** The number of text lines whose {@code field} does not start with {@code invalid}. */
    private static long valid(List<String> lines, String field, String invalid) {
        return lines.stream().filter(l -> l.startsWith("ip=") && !l.contains(invalid)).count();
    }

    private static Optional<Path> findGo() {
        String goroot = System.getenv("GOROOT");
        if (goroot != null && !goroot.isEmpty()) {
            Path p = Path.of(goroot, "bin", "go");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Files.isExecutable(DEFAULT_GO) ? Optional.of(DEFAULT_GO) : Optional.empty();
    }

    private static List<String> runGo(Path go, List<String> input, Path dir) throws IOException, InterruptedException {
        Path in = dir.resolve("in.txt");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Files.write(in, input, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "run", PROGRAM.toAbsolutePath().toString())
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.put("GOROOT", go.getParent().getParent().toString());
        env.put("GOTOOLCHAIN", "local"); // never download a toolchain
        env.put("GOPROXY", "off");
        env.put("GOFLAGS", "");
        if (System.getenv("HOME") == null && System.getenv("GOCACHE") == null) {
            env.put("GOCACHE", dir.resolve("gocache").toString());
        }
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("go run did not finish in 5 minutes");
        }
        assertEquals(0, p.exitValue(), () -> "go run failed: " + readQuietly(err));
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    // ---- the Java side of each line, in the Go program's format ----

    private static String hx(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static String hx(Optional<?> v) {
        return v.map(x -> x instanceof IP ip ? hx(ip.bytes()) : hx(((IPMask) x).bytes())).orElse("nil");
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    private static String text(String s) {
        StringBuilder sb = new StringBuilder();
        Optional<IP> ip = Net.parseIP(s);
        sb.append("ip=").append(hx(ip)).append(' ').append(ip.map(IP::toString).orElse("<nil>"));
        sb.append(" | zoned=").append(IPParser.parseWithZone(s)
                .map(a -> hx(a.ip().bytes()) + "%" + a.zone()).orElse("nil"));
        sb.append(" | cidr=");
        try {
            ParsedCIDR c = Net.parseCIDR(s);
            sb.append(hx(c.ip().bytes())).append(' ').append(hx(c.net().ip().bytes())).append(' ')
                    .append(hx(c.net().mask().bytes())).append(' ').append(c.net());
        } catch (ParseException e) {
            sb.append(e.getMessage());
        }
        sb.append(" | mac=");
        try {
            sb.append(Net.parseMAC(s));
        } catch (AddrException e) {
            sb.append(e.getMessage());
        }
        return sb.toString();
    }

    private static byte[] unhex(String s) {
        return s.equals("-") ? new byte[0] : HexFormat.of().parseHex(s);
    }

    private static String values(String[] f) {
        IP ip = IP.of(unhex(f[0]));
        IPMask mask = IPMask.of(unhex(f[1]));
        IP probe = IP.of(unhex(f[2]));
        StringBuilder sb = new StringBuilder(ip.toString());
        try {
            sb.append(" marshal=").append(ip.marshalText());
        } catch (AddrException e) {
            sb.setLength(sb.length() - " marshal=".length());
            sb.append(" marshal-err=").append(e.getMessage());
        }
        sb.append(" to4=").append(hx(ip.to4())).append(" to16=").append(hx(ip.to16()));
        sb.append(" scope=").append(flag(ip.isUnspecified())).append(flag(ip.isLoopback())).append(flag(ip.isPrivate()))
                .append(flag(ip.isMulticast())).append(flag(ip.isInterfaceLocalMulticast()))
                .append(flag(ip.isLinkLocalMulticast())).append(flag(ip.isLinkLocalUnicast()))
                .append(flag(ip.isGlobalUnicast()));
        sb.append(" default=").append(hx(ip.defaultMask()));
        sb.append(" masked=").append(hx(ip.mask(mask)));
        MaskSize size = mask.size();
        sb.append(" mask=").append(mask).append(" size=").append(size.ones()).append(',').append(size.bits());
        IPNet n = new IPNet(ip, mask);
        sb.append(" net=").append(n).append(" contains=").append(flag(n.contains(probe)))
                .append(" equal=").append(flag(ip.equal(probe)));
        return sb.toString();
    }
}
