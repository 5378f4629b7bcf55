package net.resolver.libc.fake;
public class Libc {}
