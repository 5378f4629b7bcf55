package net.api;

import java.util.List;
import java.util.Objects;

/**
 * What Go's {@code LookupSRV} returns: the canonical name (the owner of the first SRV answer,
 * usually {@code _service._proto.name}) and the records, sorted by priority and shuffled by weight
 * within a priority (RFC 2782).
 */
public record SRVResult(String cname, List<SRV> records) {

    public SRVResult {
        Objects.requireNonNull(cname, "cname");
        records = List.copyOf(records);
    }
}
