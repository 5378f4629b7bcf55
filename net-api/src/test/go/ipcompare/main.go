// Command ipcompare prints what Go's package net makes of each input line, in the
// line format that GoComparisonTest (net-api's tests) computes with the Java port,
// so that the two outputs can be compared line by line.
//
// Input lines:
//
//	s TEXT                 TEXT through ParseIP, netip.ParseAddr (IP + zone), ParseCIDR, ParseMAC
//	b IPHEX MASKHEX PROBEHEX   byte values ("-" for none) through the IP, IPMask and IPNet methods
//
// Each input line gives exactly one output line.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"net"
	"net/netip"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<16), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		line := in.Text()
		switch {
		case strings.HasPrefix(line, "s "):
			fmt.Fprintln(out, text(line[2:]))
		case strings.HasPrefix(line, "b "):
			fmt.Fprintln(out, values(strings.Fields(line[2:])))
		default:
			fmt.Fprintln(out, "bad input line")
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func hx(b []byte) string {
	if b == nil {
		return "nil"
	}
	return hex.EncodeToString(b)
}

func unhex(s string) []byte {
	if s == "-" {
		return []byte{}
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func text(s string) string {
	var sb strings.Builder
	ip := net.ParseIP(s)
	sb.WriteString("ip=" + hx(ip) + " " + ip.String())

	sb.WriteString(" | zoned=")
	if a, err := netip.ParseAddr(s); err != nil {
		sb.WriteString("nil")
	} else {
		sb.WriteString(hx(net.IP(a.AsSlice()).To16()) + "%" + a.Zone())
	}

	sb.WriteString(" | cidr=")
	if cip, cnet, err := net.ParseCIDR(s); err != nil {
		sb.WriteString(err.Error())
	} else {
		sb.WriteString(hx(cip) + " " + hx(cnet.IP) + " " + hx(cnet.Mask) + " " + cnet.String())
	}

	sb.WriteString(" | mac=")
	if hw, err := net.ParseMAC(s); err != nil {
		sb.WriteString(err.Error())
	} else {
		sb.WriteString(hw.String())
	}
	return sb.String()
}

func values(f []string) string {
	ip := net.IP(unhex(f[0]))
	mask := net.IPMask(unhex(f[1]))
	probe := net.IP(unhex(f[2]))
	var sb strings.Builder
	sb.WriteString(ip.String())
	if t, err := ip.MarshalText(); err != nil {
		sb.WriteString(" marshal-err=" + err.Error())
	} else {
		sb.WriteString(" marshal=" + string(t))
	}
	sb.WriteString(" to4=" + hx(ip.To4()) + " to16=" + hx(ip.To16()))
	sb.WriteString(" scope=" + flag(ip.IsUnspecified()) + flag(ip.IsLoopback()) + flag(ip.IsPrivate()) +
		flag(ip.IsMulticast()) + flag(ip.IsInterfaceLocalMulticast()) + flag(ip.IsLinkLocalMulticast()) +
		flag(ip.IsLinkLocalUnicast()) + flag(ip.IsGlobalUnicast()))
	sb.WriteString(" default=" + hx(ip.DefaultMask()))
	sb.WriteString(" masked=" + hx(ip.Mask(mask)))
	ones, bits := mask.Size()
	sb.WriteString(fmt.Sprintf(" mask=%s size=%d,%d", mask.String(), ones, bits))
	n := &net.IPNet{IP: ip, Mask: mask}
	sb.WriteString(" net=" + n.String() + " contains=" + flag(n.Contains(probe)) + " equal=" + flag(ip.Equal(probe)))
	return sb.String()
}
