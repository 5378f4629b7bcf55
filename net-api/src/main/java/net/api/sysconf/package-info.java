/**
 * Reading the system's configuration files as Go's {@code parse.go} does: lines through Go's
 * 64 KiB window, fields, comments, ASCII case, Go's {@code dtoi}, the file's stamp for reloads.
 * Used by net.api ({@code /etc/services}, {@code /etc/protocols}) and exported only to the
 * resolver modules ({@code resolv.conf}, {@code hosts}, {@code nsswitch.conf}).
 */
package net.api.sysconf;
