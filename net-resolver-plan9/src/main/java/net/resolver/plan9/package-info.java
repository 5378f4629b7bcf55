/**
 * Lookups through a Plan 9 connection server ({@code /net/cs}, {@code /net/dns}) under a
 * configurable mount point, as Go's {@code lookup_plan9.go}. Filled by its own issue; until then
 * the module provides no resolver.
 */
package net.resolver.plan9;
