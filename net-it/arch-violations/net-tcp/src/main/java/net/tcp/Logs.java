package net.tcp;
public class Logs { void f() { java.util.logging.Logger.getLogger("x").info("y"); System.out.println("z"); } }
