/**
 * Benchmark programs, each printing one result line: our transports and resolver against the
 * JDK's own sockets, Netty and dnsjava, in the same run and layout. Filled by the TCP, UDP and
 * resolver issues.
 */
package net.bench;
