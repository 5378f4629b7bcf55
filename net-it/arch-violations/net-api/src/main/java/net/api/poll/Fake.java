package net.api.poll; public class Fake {}
