/**
 * Test support: {@link net.test.unbound.UnboundServer}, a local unbound (Debian's package)
 * serving zones of the caller's on a loopback port, never recursing. Used by the pure resolver's
 * end-to-end tests and by the DNS benchmark. Not published.
 */
package net.test.unbound;
