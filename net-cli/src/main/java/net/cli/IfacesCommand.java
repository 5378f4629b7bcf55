package net.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import net.api.Addr;
import net.api.Interface;
import net.api.Net;

/**
 * {@code gonet ifaces}: every network interface with its flags (in Go's form), MTU, hardware
 * address, unicast addresses and multicast groups, in the manner of {@code ip addr}:
 * <pre>
 * 1: lo: &lt;up|loopback|running&gt; mtu 65536
 *     addr 127.0.0.1/8
 *     group 224.0.0.1
 * </pre>
 */
final class IfacesCommand {

    static final String USAGE = """
            Usage: gonet ifaces

            Lists the network interfaces as Go's net.Interfaces sees them, one block each:
              INDEX: NAME: <FLAGS> mtu MTU
                  hwaddr HARDWARE-ADDRESS   (when the interface has one)
                  addr ADDRESS/PREFIX       (Interface.Addrs, one line each)
                  group GROUP               (Interface.MulticastAddrs, one line each)
            """;

    private IfacesCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            String arg = args.get(0);
            if (arg.equals("-h") || arg.equals("-help") || arg.equals("--help")) {
                out.print(USAGE);
                return 0;
            }
            err.printf("gonet ifaces: unexpected argument \"%s\"%n%s", arg, USAGE);
            return Gonet.USAGE_ERROR;
        }
        try {
            for (Interface ifi : Net.interfaces()) {
                print(ifi, out);
            }
            return 0;
        } catch (IOException e) {
            err.println("gonet ifaces: " + e.getMessage());
            return 1;
        }
    }

    private static void print(Interface ifi, PrintStream out) throws IOException {
        out.printf("%d: %s: <%s> mtu %d%n", ifi.index(), ifi.name(), ifi.flags(), ifi.mtu());
        if (ifi.hardwareAddr().length() > 0) {
            out.println("    hwaddr " + ifi.hardwareAddr());
        }
        for (Addr a : ifi.addrs()) {
            out.println("    addr " + a);
        }
        for (Addr g : ifi.multicastAddrs()) {
            out.println("    group " + g);
        }
    }
}
