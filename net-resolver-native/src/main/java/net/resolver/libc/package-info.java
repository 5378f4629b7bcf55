/**
 * The C library's resolver, Go's "netcgo": getaddrinfo, getnameinfo and res_nsearch called
 * through JNR-FFI on a bounded pool of platform threads. The package is {@code libc} because
 * {@code native} is a Java keyword. Filled by its own issue; until then the module provides no resolver.
 */
package net.resolver.libc;
