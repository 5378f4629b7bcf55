/** Lookups through a Plan 9 connection server: /net/cs and /net/dns. */
module net.resolver.plan9 {
    requires net.api;
}
