/** The gonet command: lookups, dial, listen, interfaces, and the resolver's explanation. */
module net.cli {
    requires net.api;
}
