package net.resolver.go.internal;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.function.Function;
import net.api.sysconf.FileProperty;

/**
 * What a user may change in the pure resolver through system properties: the files Go's
 * {@code net} package reads at fixed paths ({@code dnsclient_unix.go}, {@code hosts.go},
 * {@code nss.go}) and the port every query goes to, which Go fixes at 53 (resolv.conf cannot name
 * one). An unset property keeps Go's default.
 *
 * <table>
 * <caption>The properties</caption>
 * <tr><th>property</th><th>replaces</th></tr>
 * <tr><td>{@value #RESOLV_CONF}</td><td>{@code /etc/resolv.conf}</td></tr>
 * <tr><td>{@value #HOSTS}</td><td>{@code /etc/hosts}</td></tr>
 * <tr><td>{@value #NSSWITCH_CONF}</td><td>{@code /etc/nsswitch.conf}</td></tr>
 * <tr><td>{@value #PORT}</td><td>port 53, for every server resolv.conf names</td></tr>
 * </table>
 *
 * @param files the files to read
 * @param port the port of every name server, 1…65535
 */
public record ResolverSettings(ResolverFiles files, int port) {

    /** The property naming the file read instead of {@code /etc/resolv.conf}. */
    public static final String RESOLV_CONF = "net.resolver.go.resolvConf";
    /** The property naming the file read instead of {@code /etc/hosts}. */
    public static final String HOSTS = "net.resolver.go.hosts";
    /** The property naming the file read instead of {@code /etc/nsswitch.conf}. */
    public static final String NSSWITCH_CONF = "net.resolver.go.nsswitchConf";
    /** The property naming the port every query goes to instead of 53. */
    public static final String PORT = "net.resolver.go.port";

    /** Go's: the system's files, port 53. */
    public static final ResolverSettings DEFAULTS = new ResolverSettings(ResolverFiles.DEFAULTS, 53);

    private static final BigInteger MAX_PORT = BigInteger.valueOf(65535);

    /** Checks that the files are given and the port is one. */
    public ResolverSettings {
        if (files == null) {
            throw new IllegalArgumentException("files is null");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not in 1…65535");
        }
    }

    /**
     * The settings the properties give, {@code property} answering a property's value or
     * {@code null} when it is unset ({@code System::getProperty}). A relative path is taken from
     * the working directory. A value that cannot be used is an {@link IllegalArgumentException}
     * naming the property, the value and what is wrong with it.
     */
    public static ResolverSettings from(Function<String, String> property) {
        if (property == null) {
            throw new IllegalArgumentException("property is null");
        }
        ResolverFiles d = ResolverFiles.DEFAULTS;
        ResolverFiles files = new ResolverFiles(FileProperty.path(property, RESOLV_CONF, d.resolvConf()),
                FileProperty.path(property, HOSTS, d.hosts()), FileProperty.path(property, NSSWITCH_CONF, d.nsswitchConf()));
        String port = property.apply(PORT);
        return new ResolverSettings(files, port == null ? DEFAULTS.port : port(port));
    }

    private static int port(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("property " + PORT + " is empty: it names the port of every name server");
        }
        if (!value.matches("[+-]?[0-9]+")) {
            throw new IllegalArgumentException("property " + PORT + "=\"" + value + "\" is not a number");
        }
        BigInteger n = new BigInteger(value);
        if (n.signum() <= 0 || n.compareTo(MAX_PORT) > 0) {
            throw new IllegalArgumentException("property " + PORT + "=\"" + value + "\" is not in 1…65535");
        }
        return n.intValue();
    }
}
