package net.api.violation;
public class ApiUsesTcp { Object o = new net.tcp.Marker(); }
