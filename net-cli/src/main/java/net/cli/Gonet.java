package net.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code gonet} command's entry point: picks the subcommand from the first argument, prints
 * the usage for {@code -h}, and exits 2 on a missing or unknown subcommand, as the {@code go}
 * command does.
 */
public final class Gonet {

    /** Exit status of a command line that cannot be run: no or an unknown subcommand. */
    static final int USAGE_ERROR = 2;

    static final String USAGE = """
            Usage: gonet <command> [arguments]

            gonet runs Go's package net, ported to Java, from the command line.

            Commands:
              ifaces    list the network interfaces as Go's net.Interfaces sees them:
                        index, name, flags, MTU, hardware address, unicast addresses
                        and multicast groups

            Lookups, dial and listen commands come with later versions.
            Run 'gonet <command> -h' for a command's usage.
            """;

    private Gonet() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /**
     * Runs the command line {@code args} (the subcommand first), printing to {@code out} and
     * {@code err}.
     *
     * @return the exit status: 0 on success, 1 when the command failed, 2 for a bad command line
     */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(USAGE);
            return USAGE_ERROR;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        return switch (command) {
            case "-h", "-help", "--help", "help" -> {
                out.print(USAGE);
                yield 0;
            }
            case "ifaces" -> IfacesCommand.run(rest, out, err);
            default -> {
                err.printf("gonet: unknown command \"%s\"%nRun 'gonet -h' for usage.%n", command);
                yield USAGE_ERROR;
            }
        };
    }
}
