package bundle

import "testing"

func TestNegotiate(t *testing.T) {
	all := func(string) bool { return true }
	noBr := func(c string) bool { return c != "br" }
	identityOnly := func(c string) bool { return c == "identity" }
	tests := []struct {
		name   string
		header string
		has    func(string) bool
		want   string
	}{
		{"chromium", "gzip, deflate, br, zstd", all, "br"},
		{"empty header", "", all, "identity"},
		{"gzip only", "gzip", all, "gzip"},
		{"x-gzip alias", "x-gzip", all, "gzip"},
		{"br unavailable", "gzip, br", noBr, "gzip"},
		{"nothing precompressed", "gzip, br", identityOnly, "identity"},
		{"br refused", "br;q=0, gzip", all, "gzip"},
		{"br refused with spaces", "br ; q=0.0 , gzip;q=0.5", all, "gzip"},
		{"server order beats client weights", "gzip;q=1, br;q=0.1", all, "br"},
		{"star accepts", "*", all, "br"},
		{"star refused, gzip named", "*;q=0, gzip", all, "gzip"},
		{"identity refused falls back to identity", "identity;q=0", identityOnly, "identity"},
		{"malformed weight is refusal", "br;q=abc, gzip", all, "gzip"},
		{"weight out of range is refusal", "br;q=2, gzip", all, "gzip"},
		{"case-insensitive", "BR, GZIP", all, "br"},
		{"unknown codings only", "zstd, deflate", all, "identity"},
		{"junk", ",,;;q=,", all, "identity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Negotiate(tt.header, tt.has); got != tt.want {
				t.Errorf("Negotiate(%q) = %q, want %q", tt.header, got, tt.want)
			}
		})
	}
}
