/**
 * Service-provider interfaces: a transport module provides a {@link net.api.spi.TransportProvider},
 * a resolver module a {@link net.api.spi.ResolverProvider}; {@link net.api.Net} finds them with
 * {@link java.util.ServiceLoader}, on the module path and on the class path alike.
 */
package net.api.spi;
