package net.resolver.go.internal;

import net.api.sysconf.ConfigText;
import net.api.sysconf.ConfigFile;
import net.api.sysconf.ConfigError;
import net.api.sysconf.FileStamp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader of nsswitch.conf, Go's {@code parseNSSConfFile} and {@code parseNSSConf}
 * ({@code nss.go}).
 *
 * <p>Each line loses everything from {@code #} on and its surrounding white space; empty lines
 * are skipped. The database name is the trimmed text before the first {@code :}, and a line
 * without one makes the file an error ({@code "no colon on line"}). The sources after the colon
 * are separated by space characters only (a tab does not separate them, as in Go); a source may be
 * followed by {@code [criteria]}, white-space-separated {@code [!]STATUS=ACTION} items, lowered.
 * A missing {@code ]} is {@code "unclosed criterion bracket"}, a criterion shorter than three
 * characters or without {@code =} is {@code "invalid criteria: …"}. Lines of one database add up.
 * Parsing stops at the first error, keeping the sources read before it.
 */
public final class NsSwitchParser {

    private NsSwitchParser() {
    }

    /** The file at {@code path}; one that cannot be opened gives no sources and the error. */
    public static NsSwitch read(Path path) {
        ConfigFile file;
        try {
            file = ConfigFile.read(path);
        } catch (ConfigFile.ConfigException e) {
            return new NsSwitch(Map.of(), Optional.of(e.error()), FileStamp.ZERO.mtime());
        }
        return parse(file.lines(), file.stamp());
    }

    /** The configuration in {@code lines}, read from a file with {@code stamp}. */
    public static NsSwitch parse(List<String> lines, FileStamp stamp) {
        Map<String, List<NssSource>> sources = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = ConfigText.trimSpace(ConfigText.removeComment(raw));
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                return failed(sources, "no colon on line", stamp);
            }
            String db = ConfigText.trimSpace(line.substring(0, colon));
            String rest = line.substring(colon + 1);
            while (true) {
                rest = ConfigText.trimSpace(rest);
                if (rest.isEmpty()) {
                    break;
                }
                int sp = rest.indexOf(' ');
                String src = sp < 0 ? rest : rest.substring(0, sp);
                rest = sp < 0 ? "" : ConfigText.trimSpace(rest.substring(sp + 1));
                List<NssCriterion> criteria = List.of();
                if (rest.startsWith("[")) {
                    int close = rest.indexOf(']');
                    if (close < 0) {
                        return failed(sources, "unclosed criterion bracket", stamp);
                    }
                    String inside = rest.substring(1, close);
                    criteria = criteria(inside);
                    if (criteria == null) {
                        return failed(sources, "invalid criteria: " + inside, stamp);
                    }
                    rest = rest.substring(close + 1);
                }
                sources.computeIfAbsent(db, k -> new ArrayList<>()).add(new NssSource(src, criteria));
            }
        }
        return new NsSwitch(sources, Optional.empty(), stamp.mtime());
    }

    private static NsSwitch failed(Map<String, List<NssSource>> sources, String message, FileStamp stamp) {
        return new NsSwitch(sources, Optional.of(ConfigError.syntax(message)), stamp.mtime());
    }

    /**
     * Go's {@code parseCriteria}: the criteria in {@code x} (split on spaces, each field
     * trimmed), or null when one is shorter than three characters after its {@code !} or lacks
     * {@code =}.
     */
    private static List<NssCriterion> criteria(String x) {
        List<NssCriterion> out = new ArrayList<>();
        for (String field : ConfigText.trimSpace(x).split(" ")) {
            String f = ConfigText.trimSpace(field);
            if (f.isEmpty()) {
                continue;
            }
            boolean not = f.charAt(0) == '!';
            if (not) {
                f = f.substring(1);
            }
            int eq = f.indexOf('=');
            if (f.length() < 3 || eq < 0) {
                return null;
            }
            f = ConfigText.lowerASCII(f);
            out.add(new NssCriterion(not, f.substring(0, eq), f.substring(eq + 1)));
        }
        return out;
    }
}
