package net.resolver.go;
public class UsesLibc { Object o = new net.resolver.libc.fake.Libc(); }
