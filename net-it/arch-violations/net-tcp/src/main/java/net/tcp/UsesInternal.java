package net.tcp;
public class UsesInternal { Object o = net.api.internal.Args.notNull("x", "y"); }
