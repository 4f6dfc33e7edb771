/*
 * Unit tests of the building blocks of member accounts: SHA-256, HMAC,
 * base64url, tokens, password hashing and policy, mail formatting and
 * delivery.
 */
#include <sys/stat.h>

#include <crypt.h>
#include <dirent.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "crypto.h"
#include "mail.h"
#include "password.h"
#include "util.h"
#include "tap.h"

static void
hex(const unsigned char *p, size_t n, char *out)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", p[i]);
	out[2 * n] = '\0';
}

static const char *
sha_hex(const void *p, size_t n)
{
	static char	 s[65];
	unsigned char	 d[32];

	sha256(p, n, d);
	hex(d, 32, s);
	return s;
}

static void
test_sha256(void)
{
	static const char m448[] =
	    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	static const char m896[] =
	    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
	    "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
	struct sha256_ctx	 c;
	unsigned char		 d[32], d2[32], msg[200];
	char			 a[1000], s[65];
	size_t			 i;
	int			 same = 1;

	is_str(sha_hex("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4"
	    "649b934ca495991b7852b855", "sha256: empty");
	is_str(sha_hex("abc", 3), "ba7816bf8f01cfea414140de5dae2223b00361a3"
	    "96177a9cb410ff61f20015ad", "sha256: abc");
	is_str(sha_hex(m448, strlen(m448)), "248d6a61d20638b8e5c026930c3e6039"
	    "a33ce45964ff2167f6ecedd419db06c1", "sha256: 448-bit message");
	is_str(sha_hex(m896, strlen(m896)), "cf5b16a778af8380036ce59e7b049237"
	    "0b249b11e8f07a51afac45037afee9d1", "sha256: 896-bit message");
	memset(a, 'a', sizeof(a));
	sha256_init(&c);
	for (i = 0; i < 1000; i++)
		sha256_update(&c, a, sizeof(a));
	sha256_final(&c, d);
	hex(d, 32, s);
	is_str(s, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39cc"
	    "c7112cd0", "sha256: one million 'a'");

	/* Every split point of a message gives the one-shot digest. */
	for (i = 0; i < sizeof(msg); i++)
		msg[i] = (unsigned char)(i * 7 + 1);
	sha256(msg, sizeof(msg), d);
	for (i = 0; i <= sizeof(msg); i++) {
		sha256_init(&c);
		sha256_update(&c, msg, i);
		sha256_update(&c, msg + i, sizeof(msg) - i);
		sha256_final(&c, d2);
		if (memcmp(d, d2, 32) != 0)
			same = 0;
	}
	ok(same, "sha256: streaming equals one-shot at every split");
}

static void
test_hmac(void)
{
	static const char t7[] = "This is a test using a larger than "
	    "block-size key and a larger than block-size data. The key needs "
	    "to be hashed before being used by the HMAC algorithm.";
	unsigned char	 key[131], data[50], d[32];
	char		 s[65];
	size_t		 i;

	memset(key, 0x0b, 20);
	hmac_sha256(key, 20, "Hi There", 8, d);
	hex(d, 32, s);
	is_str(s, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c"
	    "2e32cff7", "hmac: RFC 4231 case 1");
	hmac_sha256("Jefe", 4, "what do ya want for nothing?", 28, d);
	hex(d, 32, s);
	is_str(s, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b9"
	    "64ec3843", "hmac: RFC 4231 case 2");
	memset(key, 0xaa, 20);
	memset(data, 0xdd, 50);
	hmac_sha256(key, 20, data, 50, d);
	hex(d, 32, s);
	is_str(s, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514"
	    "ced565fe", "hmac: RFC 4231 case 3");
	for (i = 0; i < 25; i++)
		key[i] = (unsigned char)(i + 1);
	memset(data, 0xcd, 50);
	hmac_sha256(key, 25, data, 50, d);
	hex(d, 32, s);
	is_str(s, "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff4"
	    "6729665b", "hmac: RFC 4231 case 4");
	memset(key, 0xaa, 131);
	hmac_sha256(key, 131,
	    "Test Using Larger Than Block-Size Key - Hash Key First", 54, d);
	hex(d, 32, s);
	is_str(s, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f"
	    "0ee37f54", "hmac: RFC 4231 case 6 (long key)");
	hmac_sha256(key, 131, t7, strlen(t7), d);
	hex(d, 32, s);
	is_str(s, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f5153"
	    "5c3a35e2", "hmac: RFC 4231 case 7 (long key and data)");
}

/* A test name shows control characters as \xNN: TAP is line-based. */
static const char *
visible(const char *s)
{
	static char	 out[512];
	size_t		 o = 0;

	for (; *s != '\0' && o + 5 < sizeof(out); s++) {
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			o += (size_t)snprintf(out + o, sizeof(out) - o, "\\x%02x",
			    (unsigned char)*s);
		else
			out[o++] = *s;
	}
	out[o] = '\0';
	return out;
}

static int
decodes_to(const char *in, const void *want, size_t wantlen)
{
	unsigned char	 out[64];
	size_t		 n = 99;

	return b64url_decode(in, out, sizeof(out), &n) == 0 &&
	    n == wantlen && memcmp(out, want, n) == 0;
}

static void
test_b64url(void)
{
	static const char *const rfc[][2] = {
		{ "", "" }, { "f", "Zg" }, { "fo", "Zm8" }, { "foo", "Zm9v" },
		{ "foob", "Zm9vYg" }, { "fooba", "Zm9vYmE" },
		{ "foobar", "Zm9vYmFy" },
	};
	static const char *const bad[] = {
		"Zg==", "Zg=", "Zm8=", "Z", "Zm9vY", "Zh", "Zm9", "Zm+v",
		"Zm/v", "Zm 9v", "Zm9v\n", "Zm9v.",
	};
	unsigned char	 raw[64], back[64];
	char		 enc[128];
	size_t		 i, n, len;
	int		 good;

	for (i = 0; i < sizeof(rfc) / sizeof(rfc[0]); i++) {
		n = b64url_encode(rfc[i][0], strlen(rfc[i][0]), enc,
		    sizeof(enc));
		ok(n == strlen(rfc[i][1]) && strcmp(enc, rfc[i][1]) == 0 &&
		    decodes_to(rfc[i][1], rfc[i][0], strlen(rfc[i][0])),
		    "b64url: RFC 4648 \"%s\" <-> \"%s\"", rfc[i][0], rfc[i][1]);
	}
	raw[0] = 0xfb, raw[1] = 0xff, raw[2] = 0xbf;
	b64url_encode(raw, 3, enc, sizeof(enc));
	is_str(enc, "-_-_", "b64url: url-safe alphabet");
	ok(decodes_to("-_-_", raw, 3), "b64url: url-safe alphabet decodes");

	good = 1;
	for (len = 0; len <= 40; len++) {
		crypto_random(raw, len);
		n = b64url_encode(raw, len, enc, sizeof(enc));
		if (n != B64URL_LEN(len) || strlen(enc) != n ||
		    b64url_decode(enc, back, sizeof(back), &n) != 0 ||
		    n != len || memcmp(raw, back, len) != 0)
			good = 0;
	}
	ok(good, "b64url: round trip for lengths 0 to 40");

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ok(b64url_decode(bad[i], back, sizeof(back), &n) == -1,
		    "b64url: refuses \"%s\"", visible(bad[i]));
	ok(b64url_decode("Zm9vYmFy", back, 5, &n) == -1,
	    "b64url: decode refuses a short output buffer");
	ok(b64url_decode("Zm9vYmFy", back, 6, &n) == 0 && n == 6,
	    "b64url: decode into an exact buffer");
	ok(b64url_encode("foobar", 6, enc, 8) == 0 && enc[0] == '\0',
	    "b64url: encode refuses a short output buffer");
	ok(b64url_encode("foobar", 6, enc, 9) == 8,
	    "b64url: encode into an exact buffer");
}

static void
test_tokens(void)
{
	char		 t1[TOKEN_SIZE], t2[TOKEN_SIZE];
	unsigned char	 raw[40], h[32], want[32], big[70000];
	size_t		 n, i, zeros = 0;

	ok(crypto_random(big, 0) == 0, "random: zero bytes");
	memset(big, 0, sizeof(big));
	ok(crypto_random(big, sizeof(big)) == 0, "random: 70000 bytes");
	for (i = 0; i < sizeof(big); i++)
		zeros += big[i] == 0;
	ok(zeros < 600, "random: looks random (%zu zero bytes)", zeros);

	ok(crypto_token(t1) == 0 && crypto_token(t2) == 0, "token: made");
	ok(strlen(t1) == TOKEN_LEN && strlen(t2) == TOKEN_LEN,
	    "token: 43 characters");
	ok(strcmp(t1, t2) != 0, "token: two tokens differ");
	ok(strspn(t1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789-_") == TOKEN_LEN, "token: base64url characters only");
	ok(b64url_decode(t1, raw, sizeof(raw), &n) == 0 && n == 32,
	    "token: decodes to 32 bytes");
	crypto_token_hash(t1, h);
	sha256(t1, strlen(t1), want);
	ok(memcmp(h, want, 32) == 0, "token hash: SHA-256 of the text");
	crypto_token_hash(t2, want);
	ok(memcmp(h, want, 32) != 0, "token hash: differs per token");
}

static void
test_equal(void)
{
	unsigned char	 a[32], b[32];
	size_t		 i;
	int		 all = 1;

	crypto_random(a, sizeof(a));
	memcpy(b, a, sizeof(b));
	ok(crypto_equal(a, b, 32) == 1, "equal: same bytes");
	ok(crypto_equal(a, b, 0) == 1, "equal: empty");
	for (i = 0; i < 32 * 8; i++) {
		b[i / 8] ^= (unsigned char)(1 << (i % 8));
		if (crypto_equal(a, b, 32) != 0)
			all = 0;
		b[i / 8] ^= (unsigned char)(1 << (i % 8));
	}
	ok(all, "equal: every single-bit difference is seen");
	b[31] ^= 0xff;
	ok(crypto_equal(a, b, 31) == 1 && crypto_equal(a, b, 32) == 0,
	    "equal: only the first n bytes count");
}

/* A hash made directly with libxcrypt: a legacy or another cost. */
static int
legacy_hash(const char *prefix, unsigned long cost, const char *pw,
    char *out, size_t outsz)
{
	struct crypt_data	*cd;
	char			 setting[CRYPT_GENSALT_OUTPUT_SIZE];
	char			 rnd[16];
	const char		*r;
	int			 rc = -1;

	crypto_random(rnd, sizeof(rnd));
	if (crypt_gensalt_rn(prefix, cost, rnd, sizeof(rnd), setting,
	    sizeof(setting)) == NULL)
		return -1;
	if ((cd = calloc(1, sizeof(*cd))) == NULL)
		return -1;
	r = crypt_r(pw, setting, cd);
	if (r != NULL && r[0] != '*' && strlen(r) < outsz) {
		strcpy(out, r);
		rc = 0;
	}
	free(cd);
	return rc;
}

static double
ms_since(const struct timespec *t0)
{
	struct timespec	 t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (t1.tv_sec - t0->tv_sec) * 1e3 +
	    (t1.tv_nsec - t0->tv_nsec) / 1e6;
}

static void
test_password(void)
{
	static const char *const malformed[] = {
		"", "*0", "*1", "$y$", "$y$j9T$", "$y$j9T$$", "abc",
		"ab01FAX.bQRSU", "$", "$zz$abc$def",
	};
	const char	*pw = "Marie Curie 1867 ☢";
	char		 h1[PASSWORD_HASH_SIZE], h2[PASSWORD_HASH_SIZE];
	char		 old[PASSWORD_HASH_SIZE + 8], tiny[16];
	struct timespec	 t0;
	double		 ms;
	size_t		 i;
	int		 all;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	ok(password_hash(pw, h1, sizeof(h1)) == 0, "password: hash");
	ms = ms_since(&t0);
	printf("# password_hash (yescrypt, cost %d): %.1f ms\n",
	    PASSWORD_COST, ms);
	ok(strncmp(h1, "$y$j9T$", 7) == 0, "password: yescrypt at cost 5 (%s)",
	    h1);
	ok(password_verify(pw, h1) == 1, "password: verify the right one");
	ok(password_verify("Marie Curie 1867", h1) == 0,
	    "password: verify a wrong one");
	ok(password_hash(pw, h2, sizeof(h2)) == 0 && strcmp(h1, h2) != 0,
	    "password: a fresh salt every time");
	ok(password_hash(pw, tiny, sizeof(tiny)) == -1 && tiny[0] == '\0',
	    "password: short output buffer refused");
	ok(password_hash(NULL, h2, sizeof(h2)) == -1, "password: NULL refused");

	ok(password_needs_rehash(h1) == 0, "rehash: not for a fresh hash");
	ok(legacy_hash("$2b$", 5, pw, old, sizeof(old)) == 0 &&
	    strncmp(old, "$2b$05$", 7) == 0, "rehash: made a bcrypt hash");
	ok(password_needs_rehash(old) == 1, "rehash: bcrypt needs one");
	ok(password_verify(pw, old) == 1,
	    "password: a bcrypt hash still verifies");
	ok(legacy_hash("$y$", 3, pw, old, sizeof(old)) == 0 &&
	    strncmp(old, "$y$j7T$", 7) == 0, "rehash: made a cost-3 yescrypt");
	ok(password_needs_rehash(old) == 1, "rehash: another cost needs one");
	ok(password_verify(pw, old) == 1,
	    "password: a cost-3 yescrypt hash still verifies");
	snprintf(old, sizeof(old), "$gy$%s", h1 + 3);
	ok(password_needs_rehash(old) == 1, "rehash: gost-yescrypt needs one");
	snprintf(old, sizeof(old), "%s$x", h1);
	ok(password_needs_rehash(old) == 1, "rehash: extra field");
	ok(password_needs_rehash(NULL) == 1 && password_needs_rehash("") == 1 &&
	    password_needs_rehash("$y$j9T$") == 1 &&
	    password_needs_rehash("$y$j9T$abc$") == 1,
	    "rehash: malformed hashes");

	all = 1;
	for (i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++)
		if (password_verify(pw, malformed[i]) != 0)
			all = 0;
	ok(all, "password: malformed stored hashes never match");
	ok(password_verify(pw, NULL) == 0 && password_verify(NULL, h1) == 0,
	    "password: NULL never matches");
}

static void
test_policy(void)
{
	static const struct {
		const char	*pw, *email, *why;
	} t[] = {
		{ "correct horse", NULL, NULL },
		{ "tenletters", "marie@example.org", NULL },
		{ "ninelettr", NULL, "too-short" },
		{ "ééééééééé", NULL, "too-short" },	/* 9 chars, 18 bytes */
		{ "éléphanteau", NULL, NULL },		/* 11 chars */
		{ "日本語のパスワードです", NULL, NULL },
		{ "🔭🔬🧪🧬🦠🌍🌋🪐☄️✨", NULL, NULL },
		{ "aaaaaaaaaaaa", NULL, "repeated" },
		{ "éééééééééééé", NULL, "repeated" },
		{ "🔭🔭🔭🔭🔭🔭🔭🔭🔭🔭", NULL, "repeated" },
		{ "abababababab", NULL, NULL },
		{ "Marie.Curie@Example.org", "marie.curie@example.org",
		    "same-as-email" },
		{ "marie.curie@example.org!", "marie.curie@example.org", NULL },
		{ "bad\xff utf-8 text", NULL, "invalid" },
		{ "overlong \xc0\xaf slash", NULL, "invalid" },
		{ NULL, NULL, "invalid" },
	};
	char		 longpw[300];
	const char	*why;
	size_t		 i;
	int		 r;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		why = "unset";
		r = password_acceptable(t[i].pw, t[i].email, &why);
		ok(r == (t[i].why == NULL) &&
		    (t[i].why == NULL ? why == NULL : strcmp(why, t[i].why) == 0),
		    "policy: \"%s\" -> %s", t[i].pw ? visible(t[i].pw) : "(null)",
		    t[i].why ? t[i].why : "ok");
	}
	for (i = 0; i < 256; i++)
		longpw[i] = (char)('a' + i % 26);
	longpw[256] = '\0';
	ok(password_acceptable(longpw, NULL, &why) == 1,
	    "policy: 256 bytes accepted");
	longpw[256] = 'x';
	longpw[257] = '\0';
	ok(password_acceptable(longpw, NULL, &why) == 0 &&
	    strcmp(why, "too-long") == 0, "policy: 257 bytes -> too-long");
	ok(password_acceptable("correct horse", NULL, NULL) == 1,
	    "policy: why may be NULL");
}

static void
test_address(void)
{
	static const struct {
		const char	*a;
		int		 valid;
	} t[] = {
		{ "marie@example.org", 1 },
		{ "marie.curie+echo@sub.example.co.uk", 1 },
		{ "a@b.fr", 1 },
		{ "o'brien@example.ie", 1 },
		{ "x_y-z%q!#$&*/=?^`{|}~@example.org", 1 },
		{ "contact@xn--bcher-kva.example", 1 },
		{ "contact@my-host2.example", 1 },
		{ "root@123.example", 1 },
		{ "", 0 },
		{ "plain", 0 },
		{ "a@b", 0 },
		{ "@example.org", 0 },
		{ "a@", 0 },
		{ "a@@example.org", 0 },
		{ "a@b@example.org", 0 },
		{ "a b@example.org", 0 },
		{ "<a>@example.org", 0 },
		{ "Marie <marie@example.org>", 0 },
		{ "a(b)@example.org", 0 },
		{ "a[b]@example.org", 0 },
		{ "a\\b@example.org", 0 },
		{ "a,b@example.org", 0 },
		{ "a;b@example.org", 0 },
		{ "a:b@example.org", 0 },
		{ "\"a\"@example.org", 0 },
		{ ".a@example.org", 0 },
		{ "a.@example.org", 0 },
		{ "a..b@example.org", 0 },
		{ "é@example.org", 0 },
		{ "a@exämple.org", 0 },
		{ "a@example..org", 0 },
		{ "a@.example.org", 0 },
		{ "a@example.org.", 0 },
		{ "a@-example.org", 0 },
		{ "a@example-.org", 0 },
		{ "a@exa_mple.org", 0 },
		{ "a@1.2.3.4", 0 },
		{ "a@[127.0.0.1]", 0 },
		{ "a@example.org\n", 0 },
		{ "a@example.org\r\nBcc: x@evil.example", 0 },
		{ "a\tb@example.org", 0 },
	};
	char	 a[300];
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		ok(mail_address_valid(t[i].a) == t[i].valid,
		    "address: %s %s", t[i].valid ? "accepts" : "refuses",
		    visible(t[i].a));
	ok(!mail_address_valid(NULL), "address: refuses NULL");

	/* 64 + 1 + 189 = 254 bytes: the longest allowed. */
	memset(a, 'l', 64);
	a[64] = '@';
	memset(a + 65, 'd', 189);
	a[65 + 63] = a[65 + 127] = '.';
	a[254] = '\0';
	ok(mail_address_valid(a), "address: 254 bytes accepted");
	a[254] = 'd';
	a[255] = '\0';
	ok(!mail_address_valid(a), "address: 255 bytes refused");
	memset(a, 'l', 65);
	strcpy(a + 65, "@example.org");
	ok(!mail_address_valid(a), "address: 65-byte local part refused");
	strcpy(a, "a@");
	memset(a + 2, 'd', 64);
	strcpy(a + 66, ".org");
	ok(!mail_address_valid(a), "address: 64-byte label refused");
	strcpy(a + 65, ".org");
	ok(mail_address_valid(a), "address: 63-byte label accepted");
}

static int
b64_value(int c)
{
	const char	*a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789+/", *p;

	if (c == '\0' || (p = strchr(a, c)) == NULL)
		return -1;
	return (int)(p - a);
}

/* Standard base64 with padding, for reading encoded words back. */
static int
b64_decode(const char *s, size_t n, struct buf *out)
{
	size_t	 i;
	int	 v[4], j;

	if (n % 4 != 0)
		return -1;
	for (i = 0; i < n; i += 4) {
		for (j = 0; j < 4; j++)
			v[j] = s[i + j] == '=' ? 0 : b64_value(s[i + j]);
		if (v[0] < 0 || v[1] < 0 || v[2] < 0 || v[3] < 0)
			return -1;
		buf_putc(out, (char)(v[0] << 2 | v[1] >> 4));
		if (s[i + 2] != '=')
			buf_putc(out, (char)((v[1] & 15) << 4 | v[2] >> 2));
		if (s[i + 3] != '=')
			buf_putc(out, (char)((v[2] & 3) << 6 | v[3]));
	}
	return 0;
}

/*
 * Reads the Subject header of msg back: unfolds it and decodes the
 * encoded words, each of which must be whole UTF-8 characters.
 */
static int
subject_read(const char *msg, struct buf *out)
{
	const char	*p, *end, *w;
	struct buf	 word;
	int		 rc = -1;

	buf_init(&word);
	if ((p = strstr(msg, "\r\nSubject: ")) == NULL)
		return -1;
	p += strlen("\r\nSubject: ");
	if (strncmp(p, "=?", 2) != 0) {
		end = strstr(p, "\r\n");
		buf_put(out, p, (size_t)(end - p));
		return 0;
	}
	for (;;) {
		if (strncmp(p, "=?UTF-8?B?", 10) != 0)
			goto out;
		w = p + 10;
		if ((end = strstr(w, "?=")) == NULL)
			goto out;
		buf_reset(&word);
		if (b64_decode(w, (size_t)(end - w), &word) == -1 ||
		    !utf8_valid(word.data, word.len))
			goto out;
		buf_put(out, word.data, word.len);
		p = end + 2;
		if (strncmp(p, "\r\n ", 3) != 0)
			break;
		p += 3;
	}
	rc = strncmp(p, "\r\n", 2) == 0 ? 0 : -1;
out:
	buf_free(&word);
	return rc;
}

static int
crlf_only(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
			return 0;
		if (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'))
			return 0;
	}
	return 1;
}

/* Longest line in s (CRLF excluded), up to `stop` when it is found. */
static size_t
longest_line(const char *s, const char *stop)
{
	const char	*end = stop ? strstr(s, stop) : NULL;
	size_t		 n, max = 0;

	if (end == NULL)
		end = s + strlen(s);
	while (s < end) {
		n = strcspn(s, "\r\n");
		if (n > max)
			max = n;
		s += n;
		s += strspn(s, "\r\n");
	}
	return max;
}

static const char *
body_of(const char *msg)
{
	const char	*p = strstr(msg, "\r\n\r\n");

	return p ? p + 4 : NULL;
}

static const struct mail confirm = {
	"ne-pas-repondre@echosciences.fr",
	"marie@example.org",
	"Confirmez votre adresse — Échosciences",
	"Bonjour Marie,\n\nPour confirmer votre adresse, ouvrez ce lien :\n"
	"https://www.echosciences.fr/compte/confirmer?t=abc-DEF_123\n\n"
	"L'équipe Échosciences\n",
};

static void
test_mail_format(void)
{
	static const char *const bad_subjects[] = {
		"Bonjour\r\nBcc: x@evil.example", "Bonjour\nBcc: x@evil.example",
		"Bonjour\r", "tab\there", "del\x7f", "esc\x1b[0m",
		"bad \xff utf-8", "overlong \xc0\xaf",
	};
	struct mail	 m = confirm;
	struct buf	 b, s;
	const char	*long_subject =
	    "Réinitialisation de votre mot de passe — Échosciences Grenoble, "
	    "Auvergne-Rhône-Alpes, Nouvelle-Aquitaine et Provence-Alpes-Côte "
	    "d’Azur ✨🔭";
	const char	*p;
	char		 id1[80], id2[80], line[3100];
	size_t		 i, before;
	int		 all;

	setlocale(LC_ALL, "fr_FR.UTF-8");	/* must not change the Date */
	buf_init(&b);
	buf_init(&s);
	ok(mail_format(&m, 784111777, &b) == 0, "mail: formats");
	ok(strncmp(b.data, "Date: Sun, 06 Nov 1994 08:49:37 +0000\r\n", 39) ==
	    0, "mail: RFC 5322 date in UTC, English names");
	ok(strstr(b.data, "\r\nFrom: ne-pas-repondre@echosciences.fr\r\n") &&
	    strstr(b.data, "\r\nTo: marie@example.org\r\n"),
	    "mail: From and To");
	ok((p = strstr(b.data, "\r\nMessage-ID: <")) != NULL &&
	    sscanf(p, "\r\nMessage-ID: <%79[^>]>", id1) == 1 &&
	    strlen(id1) > 20 && strstr(id1, "@echosciences.fr") != NULL,
	    "mail: Message-ID at the sender's host (%s)", id1);
	ok(strstr(b.data, "\r\nMIME-Version: 1.0\r\n") &&
	    strstr(b.data, "\r\nContent-Type: text/plain; charset=UTF-8\r\n") &&
	    strstr(b.data, "\r\nContent-Transfer-Encoding: 8bit\r\n"),
	    "mail: MIME headers");
	ok(crlf_only(b.data, b.len), "mail: CRLF line ends only");
	ok(longest_line(b.data, "\r\n\r\n") <= 78, "mail: header lines <= 78");
	ok(strstr(b.data, "\r\nSubject: =?UTF-8?B?") != NULL,
	    "mail: non-ASCII subject is an encoded word");
	ok(subject_read(b.data, &s) == 0 && strcmp(s.data, m.subject) == 0,
	    "mail: subject decodes back");
	ok((p = body_of(b.data)) != NULL && strcmp(p,
	    "Bonjour Marie,\r\n\r\nPour confirmer votre adresse, ouvrez ce "
	    "lien :\r\nhttps://www.echosciences.fr/compte/confirmer?"
	    "t=abc-DEF_123\r\n\r\nL'équipe Échosciences\r\n") == 0,
	    "mail: body in CRLF, link intact");
	setlocale(LC_ALL, "C");

	buf_reset(&b);
	ok(mail_format(&m, 784111777, &b) == 0 &&
	    (p = strstr(b.data, "\r\nMessage-ID: <")) != NULL &&
	    sscanf(p, "\r\nMessage-ID: <%79[^>]>", id2) == 1 &&
	    strcmp(id1, id2) != 0, "mail: Message-ID differs per message");

	m.subject = long_subject;
	buf_reset(&b);
	buf_reset(&s);
	ok(mail_format(&m, 0, &b) == 0 &&
	    longest_line(b.data, "\r\n\r\n") <= 78,
	    "mail: long subject folded to <= 78 columns");
	ok(strstr(b.data, "?=\r\n =?UTF-8?B?") != NULL,
	    "mail: long subject in several encoded words");
	ok(subject_read(b.data, &s) == 0 && strcmp(s.data, long_subject) == 0,
	    "mail: every word is whole characters, and decodes back");

	m.subject = "Welcome to Echosciences";
	buf_reset(&b);
	ok(mail_format(&m, 0, &b) == 0 &&
	    strstr(b.data, "\r\nSubject: Welcome to Echosciences\r\n"),
	    "mail: short ASCII subject stays plain");
	m.subject = "=?UTF-8?B?SGk=?= looks encoded";
	buf_reset(&b);
	buf_reset(&s);
	ok(mail_format(&m, 0, &b) == 0 &&
	    strstr(b.data, "\r\nSubject: =?UTF-8?B?") &&
	    subject_read(b.data, &s) == 0 && strcmp(s.data, m.subject) == 0,
	    "mail: ASCII subject with \"=?\" is encoded");

	m = confirm;
	m.text = "one\ntwo\r\nthree\rfour";
	buf_reset(&b);
	ok(mail_format(&m, 0, &b) == 0 &&
	    strcmp(body_of(b.data), "one\r\ntwo\r\nthree\r\nfour\r\n") == 0,
	    "mail: LF, CRLF, CR all become CRLF; last line ended");
	memset(line, 'x', 3000);
	line[3000] = '\0';
	m.text = line;
	buf_reset(&b);
	ok(mail_format(&m, 0, &b) == 0 && longest_line(body_of(b.data),
	    NULL) == 998 && strlen(body_of(b.data)) == 3000 + 4 * 2,
	    "mail: a 3000-octet line cut at 998, nothing lost");
	for (i = 0; i < 3000; i++)
		line[i] = i % 10 == 9 ? ' ' : 'y';
	line[2999] = 'y';
	buf_reset(&b);
	ok(mail_format(&m, 0, &b) == 0 &&
	    longest_line(body_of(b.data), NULL) <= 998 &&
	    strstr(body_of(b.data), "y\r\ny") != NULL &&
	    strstr(body_of(b.data), " \r\n") == NULL &&
	    strstr(body_of(b.data), "\r\n ") == NULL,
	    "mail: long text lines cut at a space");
	for (i = 0; i + 2 <= 3000; i += 2)
		memcpy(line + i, "é", 2);
	line[2999] = '\0';
	line[2998] = 'z';
	buf_reset(&b);
	ok(mail_format(&m, 0, &b) == 0 &&
	    longest_line(body_of(b.data), NULL) <= 998 &&
	    utf8_valid(body_of(b.data), strlen(body_of(b.data))),
	    "mail: long lines cut between characters");

	m = confirm;
	buf_reset(&b);
	buf_puts(&b, "kept");
	before = b.len;
	all = 1;
	for (i = 0; i < sizeof(bad_subjects) / sizeof(bad_subjects[0]); i++) {
		m.subject = bad_subjects[i];
		if (mail_format(&m, 0, &b) != -1 || b.len != before)
			all = 0;
	}
	ok(all, "mail: control characters or bad UTF-8 in subject refused");
	m = confirm;
	m.to = "marie@example.org\r\nBcc: x@evil.example";
	ok(mail_format(&m, 0, &b) == -1, "mail: CRLF in To refused");
	m.to = "marie@example.org, x@evil.example";
	ok(mail_format(&m, 0, &b) == -1, "mail: two recipients refused");
	m = confirm;
	m.from = "ne-pas-repondre@echosciences.fr\nBcc: x@evil.example";
	ok(mail_format(&m, 0, &b) == -1, "mail: LF in From refused");
	m = confirm;
	m.text = "bell\a";
	ok(mail_format(&m, 0, &b) == -1, "mail: control character in body");
	m.text = "bad \xfe";
	ok(mail_format(&m, 0, &b) == -1, "mail: bad UTF-8 in body");
	m = confirm;
	m.subject = NULL;
	ok(mail_format(&m, 0, &b) == -1 && mail_format(NULL, 0, &b) == -1,
	    "mail: missing fields refused");
	ok(b.len == before && strcmp(b.data, "kept") == 0,
	    "mail: a refused message leaves the buffer as it was");
	buf_free(&b);
	buf_free(&s);
}

static int
slurp(const char *path, struct buf *out)
{
	FILE	*f;
	char	 tmp[4096];
	size_t	 n;

	if ((f = fopen(path, "rb")) == NULL)
		return -1;
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_put(out, tmp, n);
	fclose(f);
	return 0;
}

static int
spit(const char *path, const char *text, mode_t mode)
{
	FILE	*f;

	if ((f = fopen(path, "w")) == NULL)
		return -1;
	fputs(text, f);
	fclose(f);
	return chmod(path, mode);
}

/* Files in dir, hidden ones included; the last name in *last. */
static int
dir_count(const char *dir, char *last, size_t lastsz)
{
	DIR		*d;
	struct dirent	*e;
	int		 n = 0;

	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		n++;
		if (last != NULL)
			snprintf(last, lastsz, "%s", e->d_name);
	}
	closedir(d);
	return n;
}

static void
test_mail_send(void)
{
	char		 dir[] = "/tmp/unit-accounts.XXXXXX";
	char		 spool[64], bin[64], script[96], out[96], args[112];
	char		 path[600], cmd[256], name[300], big[200001];
	struct mail	 m = confirm;
	struct buf	 b, s;
	struct stat	 st;
	size_t		 i;
	const char	*p;

	buf_init(&b);
	buf_init(&s);
	if (mkdtemp(dir) == NULL) {
		ok(0, "mail_send: temporary folder");
		return;
	}
	snprintf(spool, sizeof(spool), "%s/spool", dir);
	snprintf(bin, sizeof(bin), "%s/bin", dir);
	mkdir(spool, 0700);
	mkdir(bin, 0700);

	strcpy(path, "junk");
	ok(mail_send(&m, spool, NULL, path, sizeof(path)) == 0,
	    "mail_send: to the spool");
	ok(strncmp(path, spool, strlen(spool)) == 0 &&
	    strlen(path) > 4 && strcmp(path + strlen(path) - 4, ".eml") == 0,
	    "mail_send: path is spool/....eml (%s)", path);
	ok(dir_count(spool, name, sizeof(name)) == 1 &&
	    strcmp(path + strlen(spool) + 1, name) == 0 && name[0] != '.',
	    "mail_send: one file, no temporary left");
	ok(strlen(name) == strlen("20260314T101530.123456Z-") + 16 + 4 &&
	    name[8] == 'T' && name[22] == 'Z' && name[23] == '-',
	    "mail_send: named <UTC time>-<random>.eml (%s)", name);
	ok(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600,
	    "mail_send: file is private (0600)");
	ok(slurp(path, &b) == 0 && crlf_only(b.data, b.len) &&
	    strstr(b.data, "\r\nTo: marie@example.org\r\n") &&
	    strstr(b.data, "?t=abc-DEF_123\r\n"), "mail_send: parses back");
	ok(subject_read(b.data, &s) == 0 && strcmp(s.data, m.subject) == 0,
	    "mail_send: subject reads back");
	unlink(path);

	ok(mail_send(&m, spool, "", path, sizeof(path)) == 0 &&
	    unlink(path) == 0, "mail_send: empty command means spool");
	ok(mail_send(&m, spool, NULL, NULL, 0) == 0 &&
	    dir_count(spool, NULL, 0) == 1, "mail_send: path_out is optional");
	ok(mail_send(&m, spool, NULL, path, 10) == -1 && path[0] == '\0',
	    "mail_send: short path buffer refused before writing");
	snprintf(path, sizeof(path), "%s/missing", dir);
	ok(mail_send(&m, path, NULL, NULL, 0) == -1,
	    "mail_send: missing spool folder");
	m.to = "marie@example.org\r\nBcc: x@evil.example";
	ok(mail_send(&m, spool, NULL, NULL, 0) == -1 &&
	    dir_count(spool, NULL, 0) == 1, "mail_send: refused mail not spooled");
	m = confirm;
	ok(mail_send(&m, NULL, NULL, NULL, 0) == -1,
	    "mail_send: neither spool nor command");

	snprintf(script, sizeof(script), "%s/sendmail", bin);
	snprintf(out, sizeof(out), "%s/piped.eml", dir);
	snprintf(args, sizeof(args), "%s.args", out);
	spit(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$OUT.args\"\n"
	    "echo 'to stdout'\ncat > \"$OUT\"\n", 0755);
	setenv("OUT", out, 1);
	ok(mail_send(&m, NULL, script, path, sizeof(path)) == 0 &&
	    path[0] == '\0', "mail_send: through a command");
	buf_reset(&b);
	ok(slurp(out, &b) == 0 && strncmp(b.data, "Date: ", 6) == 0 &&
	    (p = body_of(b.data)) != NULL && strstr(p, "?t=abc-DEF_123\r\n"),
	    "mail_send: the command read the whole message");
	buf_reset(&b);
	ok(slurp(args, &b) == 0 &&
	    strcmp(b.data, "-i\n--\nmarie@example.org\n") == 0,
	    "mail_send: argv is -i -- recipient");
	snprintf(cmd, sizeof(cmd), "%s  -f ne-pas-repondre@echosciences.fr ",
	    script);
	buf_reset(&b);
	ok(mail_send(&m, NULL, cmd, NULL, 0) == 0 && slurp(args, &b) == 0 &&
	    strcmp(b.data, "-f\nne-pas-repondre@echosciences.fr\n-i\n--\n"
	    "marie@example.org\n") == 0,
	    "mail_send: command split on spaces, no shell");
	snprintf(cmd, sizeof(cmd), "%s; touch %s/pwned", script, dir);
	snprintf(path, sizeof(path), "%s/pwned", dir);
	mail_send(&m, NULL, cmd, NULL, 0);
	ok(access(path, F_OK) == -1, "mail_send: no shell metacharacters");

	ok(mail_send(&m, NULL, "/bin/false", NULL, 0) == -1,
	    "mail_send: failing command");
	ok(mail_send(&m, NULL, "/nonexistent/sendmail", NULL, 0) == -1,
	    "mail_send: missing command");
	for (i = 0; i < sizeof(big) - 1; i++)
		big[i] = i % 80 == 79 ? '\n' : 'z';
	big[sizeof(big) - 1] = '\0';
	m.text = big;
	ok(mail_send(&m, NULL, "/bin/false", NULL, 0) == -1,
	    "mail_send: command that exits unread: -1, no SIGPIPE");
	snprintf(cmd, sizeof(cmd), "%s", script);
	ok(mail_send(&m, NULL, cmd, NULL, 0) == 0 && stat(out, &st) == 0 &&
	    st.st_size > 200000, "mail_send: a 200 KB message through a pipe");

	/* Clean up. */
	unlink(script);
	unlink(out);
	unlink(args);
	if (dir_count(spool, name, sizeof(name)) == 1) {
		snprintf(path, sizeof(path), "%s/%s", spool, name);
		unlink(path);
	}
	rmdir(spool);
	rmdir(bin);
	ok(rmdir(dir) == 0, "mail_send: temporary folder cleaned");
	buf_free(&b);
	buf_free(&s);
}

int
main(void)
{
	test_sha256();
	test_hmac();
	test_b64url();
	test_tokens();
	test_equal();
	test_password();
	test_policy();
	test_address();
	test_mail_format();
	test_mail_send();
	return tap_done();
}
