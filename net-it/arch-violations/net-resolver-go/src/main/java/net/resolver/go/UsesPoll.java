package net.resolver.go; public class UsesPoll { Object o = new net.api.poll.Fake(); }
