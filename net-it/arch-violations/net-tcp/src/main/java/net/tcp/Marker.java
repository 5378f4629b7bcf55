package net.tcp;
public class Marker {}
