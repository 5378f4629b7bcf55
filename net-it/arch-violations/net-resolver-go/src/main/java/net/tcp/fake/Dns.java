package net.tcp.fake;
public class Dns { Object o = org.xbill.DNS.Name.root; }
