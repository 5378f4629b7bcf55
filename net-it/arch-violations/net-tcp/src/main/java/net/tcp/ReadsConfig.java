package net.tcp;
public class ReadsConfig { Object o = net.api.sysconf.ConfigText.trimSpace(" x "); }
