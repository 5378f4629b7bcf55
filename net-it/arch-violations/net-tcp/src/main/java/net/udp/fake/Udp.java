package net.udp.fake;
public class Udp {}
