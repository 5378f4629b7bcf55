/**
 * The implementation behind the {@link net.api.Net} facade: parsing, provider discovery, the
 * in-memory pipe, interface enumeration. Not exported: nothing here is API.
 */
package net.api.internal;
