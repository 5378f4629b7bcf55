/**
 * The pure resolver's implementation: RFC 6724 address selection ({@code addrselect.go}) and,
 * as they arrive, the configuration files and the DNS client. Not exported.
 */
package net.resolver.go.internal;
