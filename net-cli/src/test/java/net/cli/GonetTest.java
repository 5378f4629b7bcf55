package net.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gonet command line: usage, unknown commands, and {@code gonet ifaces}. */
class GonetTest {

    /** One run's exit status and output. */
    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Gonet.run(List.of(args), o, e);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsPrintsUsageOnStderrAndExits2() {
        Result r = run();
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(Gonet.USAGE, r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-h", "-help", "--help", "help"})
    void helpPrintsUsageOnStdout(String flag) {
        Result r = run(flag);
        assertEquals(0, r.status());
        assertEquals(Gonet.USAGE, r.out());
        assertEquals("", r.err());
    }

    @Test
    void usageListsOnlyWorkingCommands() {
        assertTrue(Gonet.USAGE.contains("\n  ifaces "));
        for (String later : List.of("lookup", "dial", "listen")) {
            assertTrue(Gonet.USAGE.lines().noneMatch(l -> l.startsWith("  " + later)), later);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dial", "lookup", "iface", "IFACES", "-x", ""})
    void unknownCommandExits2WithAClearMessage(String command) {
        Result r = run(command, "tcp", "127.0.0.1:1");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("gonet: unknown command \"" + command + "\"\nRun 'gonet -h' for usage.\n",
                r.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void ifacesListsTheLoopbackInterface() {
        Result r = run("ifaces");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\d+: \\S+: <up\\|[a-z|]*loopback[a-z|]*> mtu \\d+")),
                r.out());
        assertTrue(r.out().lines().anyMatch("    addr 127.0.0.1/8"::equals), r.out());
    }

    @Test
    void ifacesHelp() {
        Result r = run("ifaces", "-h");
        assertEquals(0, r.status());
        assertEquals(IfacesCommand.USAGE, r.out());
    }

    @Test
    void ifacesRejectsArguments() {
        Result r = run("ifaces", "eth0");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("gonet ifaces: unexpected argument \"eth0\""), r.err());
    }
}
