/**
 * Test support shared beyond this module's own tests: {@link net.resolver.go.unbound.UnboundServer},
 * a local unbound serving zones of the caller's on a loopback port. Published in the
 * {@code net-resolver-go} test-jar (module {@code net.resolver.go.unbound}, an automatic module
 * named in the jar's manifest), which the DNS benchmark in {@code net-bench} uses.
 */
package net.resolver.go.unbound;
