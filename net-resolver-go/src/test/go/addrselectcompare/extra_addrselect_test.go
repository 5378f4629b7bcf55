// Extra RFC 6724 cases for net-resolver-go's AddrSelectTest ("cases Go misses"), run inside
// Go's own package net so that they meet the real addrselect.go. Not part of the Maven build;
// to run it against Go 1.27:
//
//	export GOROOT=/opt/go127/usr/lib/go-1.27; export PATH=$GOROOT/bin:$PATH
//	echo "{\"Replace\":{\"$GOROOT/src/net/extra_addrselect_test.go\":\"$PWD/extra_addrselect_test.go\"}}" > /tmp/overlay.json
//	go test -overlay /tmp/overlay.json -run TestExtraAddrSelect -count=1 -v net | grep GOT

//go:build unix

package net

import (
	"fmt"
	"net/netip"
	"testing"
)

func TestExtraAddrSelect(t *testing.T) {
	ips := func(s ...string) []IPAddr {
		var out []IPAddr
		for _, x := range s {
			out = append(out, IPAddr{IP: ParseIP(x)})
		}
		return out
	}
	srcs := func(s ...string) []netip.Addr {
		var out []netip.Addr
		for _, x := range s {
			if x == "" {
				out = append(out, netip.Addr{})
			} else {
				out = append(out, netip.MustParseAddr(x))
			}
		}
		return out
	}
	sorts := []struct {
		in   []IPAddr
		srcs []netip.Addr
	}{
		{ips("2001:db8::1", "192.0.2.1", "2001:db8::2"), srcs("", "192.0.2.100", "")},
		{ips("2002:c633:6401::1", "2001:db8:1::1"), srcs("2002:c633:6401::2", "2002:c633:6401::d5e3:7953:13eb:22e8")},
		{ips("2001:db8:1::1", "::1"), srcs("2001:db8:1::2", "::1")},
		{ips("2001:db8:2::1", "2001:db8:1::1"), srcs("2001:db8:1::2", "2001:db8:1::2")},
		{ips("10.9.0.1", "10.1.0.1"), srcs("10.1.0.2", "10.1.0.2")},
		{[]IPAddr{{IP: IP{1, 2, 3}}, {IP: ParseIP("192.0.2.1")}}, []netip.Addr{{}, netip.MustParseAddr("192.0.2.2")}},
	}
	for i, tt := range sorts {
		sortByRFC6724withSrcs(tt.in, tt.srcs)
		fmt.Printf("GOT sort %d: %v\n", i, tt.in)
	}
	for _, s := range []string{"::10.1.2.3", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1", "3ffe::1", "fec0::1", "feff::1", "fd00::1", "fe80::1"} {
		e := rfc6724policyTable.Classify(netip.MustParseAddr(s))
		fmt.Printf("GOT classify %s: /%d %d %d\n", s, e.Prefix.Bits(), e.Precedence, e.Label)
	}
	e := rfc6724policyTable.Classify(netip.AddrFrom16(netip.MustParseAddr("10.1.2.3").As16()))
	fmt.Printf("GOT classify mapped 10.1.2.3: /%d %d %d\n", e.Prefix.Bits(), e.Precedence, e.Label)
	for _, a := range []netip.Addr{
		netip.AddrFrom16(netip.MustParseAddr("127.0.0.1").As16()),
		netip.AddrFrom16(netip.MustParseAddr("169.254.1.2").As16()),
		netip.MustParseAddr("fe80::1"), netip.MustParseAddr("febf::1"), netip.MustParseAddr("ff01::1"),
		netip.MustParseAddr("ff08::1"), netip.MustParseAddr("10.0.0.1"),
		netip.AddrFrom16(netip.MustParseAddr("224.0.0.1").As16()),
	} {
		fmt.Printf("GOT scope %s: %#x\n", a, classifyScope(a))
	}
	fmt.Printf("GOT cpl 1.2.3.4/mapped 1.2.3.5: %d\n", commonPrefixLen(netip.MustParseAddr("1.2.3.4"), ParseIP("1.2.3.5")))
	fmt.Printf("GOT cpl mapped/mapped 1.2.3.4: %d\n", commonPrefixLen(netip.AddrFrom16(netip.MustParseAddr("1.2.3.4").As16()), ParseIP("1.2.3.4")))
	fmt.Printf("GOT cpl 2001:db8::1/2001:db8::2: %d\n", commonPrefixLen(netip.MustParseAddr("2001:db8::1"), ParseIP("2001:db8::2")))
	fmt.Printf("GOT cpl 2001:db8::1/3001:db8::1: %d\n", commonPrefixLen(netip.MustParseAddr("2001:db8::1"), ParseIP("3001:db8::1")))
}
