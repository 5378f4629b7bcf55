/**
 * The user's API, named after Go's package {@code net}: the {@link net.api.Net} facade,
 * {@link net.api.Conn}, {@link net.api.Listener}, {@link net.api.PacketConn}, the address types,
 * and the errors Go's functions return, as checked {@link java.io.IOException} subclasses.
 */
package net.api;
