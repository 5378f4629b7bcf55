/** The C library's resolver (netcgo): getaddrinfo, getnameinfo and res_nsearch through JNR-FFI. */
module net.resolver.libc {
    requires net.api;
    requires org.jnrproject.ffi;
}
