/**
 * The implementation behind the {@link net.api.Net} facade: parsing, provider discovery, dialing
 * and listening ({@code dial.go}, Happy Eyeballs included), the in-memory pipe, interface
 * enumeration, the resolver-selection policy ({@code conf.go}) and the checks of names in DNS
 * answers. Not exported: nothing here is API.
 */
package net.api.internal;
