package net.api;

/**
 * What Go's {@code IPMask.Size} returns: the number of leading one bits and the total number of
 * bits of a mask; {@code (0, 0)} for a mask that is not ones followed by zeros.
 *
 * @param ones the leading one bits
 * @param bits the mask's length in bits
 */
public record MaskSize(int ones, int bits) {
}
