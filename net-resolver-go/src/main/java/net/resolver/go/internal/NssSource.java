package net.resolver.go.internal;

import java.util.List;

/**
 * One source of an nsswitch.conf database with the criteria in brackets after it, Go's
 * {@code nssSource} ({@code nss.go}): {@code files}, {@code dns}, {@code mdns4_minimal
 * [NOTFOUND=return]}, …
 *
 * @param source the source's name as written (e.g. {@code "files"}, {@code "mdns4_minimal"})
 * @param criteria the criteria, in order; empty when there are no brackets
 */
public record NssSource(String source, List<NssCriterion> criteria) {

    /** Copies the criteria. */
    public NssSource {
        criteria = List.copyOf(criteria);
    }

    /** A source without criteria. */
    public NssSource(String source) {
        this(source, List.of());
    }

    /**
     * Go's {@code standardCriteria}: whether every criterion is the default for its status, so
     * that the source behaves as if it had none (the last one may also say {@code return} for any
     * known status).
     */
    public boolean standardCriteria() {
        for (int i = 0; i < criteria.size(); i++) {
            if (!criteria.get(i).standardStatusAction(i == criteria.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether Go's resolver implements this source itself: {@code files} or {@code dns}. */
    public boolean goImplements() {
        return source.equals("files") || source.equals("dns");
    }
}
