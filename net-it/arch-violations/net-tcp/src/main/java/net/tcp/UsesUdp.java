package net.tcp;
public class UsesUdp { Object o = new net.udp.fake.Udp(); }
