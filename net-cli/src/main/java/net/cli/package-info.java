/**
 * The {@code gonet} command: {@link net.cli.Gonet} reads the subcommand and hands over to the
 * class that does it ({@link net.cli.IfacesCommand} for {@code gonet ifaces}).
 */
package net.cli;
