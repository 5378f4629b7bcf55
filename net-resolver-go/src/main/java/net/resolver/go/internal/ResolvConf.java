package net.resolver.go.internal;

import net.api.sysconf.ConfigError;
import net.api.sysconf.FileStamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stub resolver's configuration from resolv.conf, Go's {@code dnsConfig}
 * ({@code dnsconfig.go}), as {@link ResolvConfParser} reads it.
 *
 * <p>Go's resolver reads neither {@code LOCALDOMAIN} nor {@code RES_OPTIONS}: they never change
 * this configuration; {@link ResolverEnv} only says whether they are set, for the resolver
 * selection. The rotating server offset of Go's {@code serverOffset} belongs to the DNS client,
 * not to this value.
 *
 * @param servers name servers as {@code host:port} ({@code "192.0.2.53:53"},
 *     {@code "[fe80::1%lo0]:53"}), at most three; {@link #DEFAULT_NS} when the file names none
 * @param defaultServers whether {@code servers} are the defaults because the file named none, or
 *     could not be read (Go's {@code isDefaultNS}); listing the same servers explicitly is not
 * @param search rooted suffixes to append to a relative name, in order
 * @param ndots how many dots make a name be tried as absolute first (0 to 15)
 * @param timeout how long to wait for one answer (at least one second)
 * @param attempts how many times to try each server (at least 1)
 * @param rotate whether to rotate among the servers ({@code options rotate})
 * @param singleRequest whether A and AAAA are asked one after the other
 *     ({@code single-request}, {@code single-request-reopen})
 * @param useTCP whether to ask over TCP only ({@code use-vc}, {@code usevc}, {@code tcp})
 * @param trustAD whether to set the AD bit in queries ({@code trust-ad})
 * @param noReload whether the file is never checked again ({@code no-reload})
 * @param lookup OpenBSD's database order, the words of a {@code lookup} line ({@code [file, bind]})
 * @param unknownOptions what Go does not understand, in file order: each unknown word of an
 *     {@code options} line as written, and the first word of each line with an unknown keyword
 *     (e.g. {@code sortlist}); Go keeps only the fact that there were some ({@code unknownOpt})
 * @param error why the file gave no configuration (then all else is the defaults), if it did not
 * @param mtime the file's modification time when read, {@link FileStamp#ZERO}'s when unreadable
 */
public record ResolvConf(
        List<String> servers,
        boolean defaultServers,
        List<String> search,
        int ndots,
        Duration timeout,
        int attempts,
        boolean rotate,
        boolean singleRequest,
        boolean useTCP,
        boolean trustAD,
        boolean noReload,
        List<String> lookup,
        List<String> unknownOptions,
        Optional<ConfigError> error,
        Instant mtime) {

    /** The name servers used when resolv.conf names none: Go's {@code defaultNS}. */
    public static final List<String> DEFAULT_NS = List.of("127.0.0.1:53", "[::1]:53");

    /** Go's defaults before the file is read: ndots 1. */
    public static final int DEFAULT_NDOTS = 1;

    /** Go's defaults before the file is read: a 5 second timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** Go's defaults before the file is read: 2 attempts. */
    public static final int DEFAULT_ATTEMPTS = 2;

    /** Copies the lists. */
    public ResolvConf {
        servers = List.copyOf(servers);
        search = List.copyOf(search);
        lookup = List.copyOf(lookup);
        unknownOptions = List.copyOf(unknownOptions);
    }

    /**
     * Go's {@code unknownOpt}: whether the file held anything Go does not understand, in which
     * case Go prefers the C library's resolver when it may use it.
     */
    public boolean unknownOpt() {
        return !unknownOptions.isEmpty();
    }
}
