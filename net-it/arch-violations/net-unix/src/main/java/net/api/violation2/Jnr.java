package net.api.violation2;
public class Jnr { Object o = new jnr.unixsocket.UnixSocketAddress("/x"); }
