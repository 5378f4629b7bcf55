// Extra resolver-selection cases for net-api's LookupPolicyTest ("cases Go's table misses"),
// run inside Go's own package net so that they meet the real conf.go. Not part of the Maven
// build; to run it against Go 1.27 (prints one "GOT name: host = order" line per case):
//
//	export GOROOT=/opt/go127/usr/lib/go-1.27; export PATH=$GOROOT/bin:$PATH
//	echo "{\"Replace\":{\"$GOROOT/src/net/extra_conf_test.go\":\"$PWD/extra_conf_test.go\"}}" > /tmp/overlay.json
//	go test -overlay /tmp/overlay.json -run TestExtraConfOrders -count=1 -v net | grep GOT
//
// The "mdns.allow cannot be checked" case of the Java test has no Go twin: Go's test hook
// only assumes the file exists or not.

//go:build unix

package net

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"
	"time"
)

func TestExtraConfOrders(t *testing.T) {
	origGetHostname := getHostname
	defer func() { getHostname = origGetHostname }()
	defer setSystemNSS(getSystemNSS(), 0)
	rc, err := newResolvConfTest()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.teardown()
	missing := &nssConf{err: fs.ErrNotExist}
	type tc struct {
		name     string
		c        *conf
		preferGo bool
		resolv   *dnsConfig
		nss      *nssConf
		host     string
		hostErr  bool
	}
	fail := errors.New("boom")
	tests := []tc{
		{"resolv.conf unreadable", &conf{goos: "linux"}, false, &dnsConfig{servers: defaultNS, err: fail}, missing, "x.com", false},
		{"resolv.conf unreadable, Go forced", &conf{goos: "linux", netGo: true}, false, &dnsConfig{servers: defaultNS, err: fail}, missing, "x.com", false},
		{"resolv.conf unknown option, Go forced", &conf{goos: "linux", netGo: true}, false, &dnsConfig{servers: defaultNS, unknownOpt: true}, nssStr(t, "hosts: dns"), "x.com", false},
		{"resolv.conf permission denied", &conf{goos: "linux"}, false, &dnsConfig{servers: defaultNS, err: fs.ErrPermission}, nssStr(t, "hosts: files"), "x.com", false},
		{"nsswitch.conf unreadable", &conf{goos: "linux"}, false, defaultResolvConf, &nssConf{err: fail}, "x.com", false},
		{"nsswitch.conf permission denied", &conf{goos: "linux"}, false, defaultResolvConf, &nssConf{err: fs.ErrPermission}, "x.com", false},
		{"nsswitch.conf unreadable, Go forced", &conf{goos: "linux", netGo: true}, false, defaultResolvConf, &nssConf{err: fail}, "x.com", false},
		{"non-standard criteria", &conf{goos: "linux"}, false, defaultResolvConf, nssStr(t, "hosts: files [!UNAVAIL=return] dns"), "x.com", false},
		{"non-standard criteria, Go forced", &conf{goos: "linux", netGo: true}, false, defaultResolvConf, nssStr(t, "hosts: files [!UNAVAIL=return] dns"), "x.com", false},
		{"host name unknown", &conf{goos: "linux"}, false, defaultResolvConf, nssStr(t, "hosts: files myhostname dns"), "x.com", true},
		{"Go forced, unknown sources only", &conf{goos: "linux", netGo: true}, false, defaultResolvConf, nssStr(t, "hosts: resolve mymachines"), "x.com", false},
		{"Go forced, unknown source after files", &conf{goos: "linux", netGo: true}, false, defaultResolvConf, nssStr(t, "hosts: files resolve"), "x.com", false},
		{"Go forced, files only", &conf{goos: "linux", netGo: true}, false, defaultResolvConf, nssStr(t, "hosts: files"), "x.com", false},
		{"solaris, no hosts line", &conf{goos: "solaris"}, false, defaultResolvConf, nssStr(t, ""), "x.com", false},
		{"solaris, Go forced", &conf{goos: "solaris", netGo: true}, false, defaultResolvConf, missing, "x.com", false},
		{"openbsd, unknown resolv.conf option", &conf{goos: "openbsd"}, false, &dnsConfig{servers: defaultNS, unknownOpt: true, lookup: []string{"file"}}, missing, "x.com", false},
		{"openbsd, Go forced, lookup yp", &conf{goos: "openbsd", netGo: true}, false, &dnsConfig{servers: defaultNS, lookup: []string{"yp"}}, missing, "x.com", false},
		{"windows prefers", &conf{goos: "windows", preferCgo: true}, false, defaultResolvConf, nssStr(t, "hosts: dns"), "x.com", false},
		{"windows, Go forced", &conf{goos: "windows", netGo: true, preferCgo: true}, false, defaultResolvConf, nssStr(t, "hosts: dns"), "x.com", false},
		{"darwin prefers", &conf{goos: "darwin", preferCgo: true}, false, defaultResolvConf, missing, "x.com", false},
		{"darwin, PreferGo", &conf{goos: "darwin", preferCgo: true}, true, defaultResolvConf, missing, "x.com", false},
		{"trailing dot myhostname", &conf{goos: "linux"}, false, defaultResolvConf, nssStr(t, "hosts: files myhostname dns"), "myhostname.", false},
		{"trailing dot localhost", &conf{goos: "linux"}, false, defaultResolvConf, nssStr(t, "hosts: files myhostname dns"), "localhost.", false},
		{"files mdns4_minimal dns, no mdns.allow", &conf{goos: "linux", mdnsTest: mdnsAssumeDoesNotExist}, false, defaultResolvConf, nssStr(t, "hosts: files mdns4_minimal dns"), "x.com", false},
	}
	for _, tt := range tests {
		if !rc.forceUpdateConf(tt.resolv, distantFuture) {
			t.Fatal("update")
		}
		hostErr := tt.hostErr
		getHostname = func() (string, error) {
			if hostErr {
				return "", fail
			}
			return "myhostname", nil
		}
		setSystemNSS(tt.nss, time.Hour)
		var r *Resolver
		if tt.preferGo {
			r = &Resolver{PreferGo: true}
		}
		got, _ := tt.c.hostLookupOrder(r, tt.host)
		fmt.Printf("GOT %s: %s = %v\n", tt.name, tt.host, got)
	}
	setSystemNSS(nssStr(t, "hosts: files dns"), time.Hour)
	rc.forceUpdateConf(defaultResolvConf, distantFuture)
	got, _ := (&conf{goos: "linux"}).addrLookupOrder(nil, "192.0.2.1")
	fmt.Printf("GOT addr files dns = %v\n", got)
}
