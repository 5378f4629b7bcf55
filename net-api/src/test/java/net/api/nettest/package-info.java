/**
 * Go's {@code golang.org/x/net/nettest} for this library: {@link net.api.nettest.ConnConformanceTest},
 * the behaviour every {@link net.api.Conn} must show, to be extended by each transport's tests
 * with its own way of making a connected pair, and the helpers those tests share.
 */
package net.api.nettest;
