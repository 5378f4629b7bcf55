/**
 * Domain-name validation as Go's {@code isDomainName} (RFC 1035, RFC 3696): used by the lookup
 * front end to check answers and exported only to the resolver modules, which check names before
 * they ask.
 */
package net.api.dnsname;
