#include <sys/random.h>

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "crypto.h"

/*
 * Fills buf with n bytes from the kernel's CSPRNG.  getrandom(2) blocks
 * only until the pool is first initialised; a signal or a large request
 * may cut a read short, so loop until everything is there.
 */
int
crypto_random(void *buf, size_t n)
{
	unsigned char	*p = buf;
	ssize_t		 r;

	while (n > 0) {
		r = getrandom(p, n, 0);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (r == 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static const uint32_t sha256_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
	0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
	0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
	0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
	0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
	0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROTR(x, n)	(((x) >> (n)) | ((x) << (32 - (n))))

static void
sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t	 w[64], a, b, c, d, e, f, g, hh, t1, t2, s0, s1;
	int		 i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		    (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	for (i = 16; i < 64; i++) {
		s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^
		    (w[i - 15] >> 3);
		s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^
		    (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = h[0], b = h[1], c = h[2], d = h[3];
	e = h[4], f = h[5], g = h[6], hh = h[7];
	for (i = 0; i < 64; i++) {
		t1 = hh + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) +
		    ((e & f) ^ (~e & g)) + sha256_k[i] + w[i];
		t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) +
		    ((a & b) ^ (a & c) ^ (b & c));
		hh = g, g = f, f = e, e = d + t1;
		d = c, c = b, b = a, a = t1 + t2;
	}
	h[0] += a, h[1] += b, h[2] += c, h[3] += d;
	h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

void
sha256_init(struct sha256_ctx *c)
{
	static const uint32_t iv[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	};

	memcpy(c->h, iv, sizeof(iv));
	c->bytes = 0;
	c->used = 0;
}

void
sha256_update(struct sha256_ctx *c, const void *data, size_t n)
{
	const unsigned char	*p = data;
	size_t			 take;

	if (n == 0)
		return;
	c->bytes += n;
	if (c->used > 0) {
		take = SHA256_BLOCK - c->used;
		if (take > n)
			take = n;
		memcpy(c->block + c->used, p, take);
		c->used += take;
		p += take;
		n -= take;
		if (c->used < SHA256_BLOCK)
			return;
		sha256_block(c->h, c->block);
		c->used = 0;
	}
	for (; n >= SHA256_BLOCK; p += SHA256_BLOCK, n -= SHA256_BLOCK)
		sha256_block(c->h, p);
	if (n > 0)
		memcpy(c->block, p, n);
	c->used = n;
}

void
sha256_final(struct sha256_ctx *c, unsigned char out[SHA256_LEN])
{
	uint64_t	 bits = c->bytes * 8;
	int		 i;

	/* Padding: 0x80, zeros, then the length in bits, big-endian. */
	c->block[c->used++] = 0x80;
	if (c->used > SHA256_BLOCK - 8) {
		memset(c->block + c->used, 0, SHA256_BLOCK - c->used);
		sha256_block(c->h, c->block);
		c->used = 0;
	}
	memset(c->block + c->used, 0, SHA256_BLOCK - 8 - c->used);
	for (i = 0; i < 8; i++)
		c->block[SHA256_BLOCK - 1 - i] = (unsigned char)(bits >> (8 * i));
	sha256_block(c->h, c->block);
	for (i = 0; i < 8; i++) {
		out[4 * i] = (unsigned char)(c->h[i] >> 24);
		out[4 * i + 1] = (unsigned char)(c->h[i] >> 16);
		out[4 * i + 2] = (unsigned char)(c->h[i] >> 8);
		out[4 * i + 3] = (unsigned char)c->h[i];
	}
	explicit_bzero(c, sizeof(*c));
}

void
sha256(const void *data, size_t n, unsigned char out[SHA256_LEN])
{
	struct sha256_ctx	 c;

	sha256_init(&c);
	sha256_update(&c, data, n);
	sha256_final(&c, out);
}

void
hmac_sha256(const void *key, size_t klen, const void *msg, size_t mlen,
    unsigned char out[SHA256_LEN])
{
	struct sha256_ctx	 c;
	unsigned char		 k[SHA256_BLOCK], pad[SHA256_BLOCK];
	unsigned char		 inner[SHA256_LEN];
	size_t			 i;

	/* A key longer than a block is replaced by its hash (RFC 2104). */
	memset(k, 0, sizeof(k));
	if (klen > SHA256_BLOCK)
		sha256(key, klen, k);
	else if (klen > 0)
		memcpy(k, key, klen);

	for (i = 0; i < SHA256_BLOCK; i++)
		pad[i] = k[i] ^ 0x36;
	sha256_init(&c);
	sha256_update(&c, pad, sizeof(pad));
	sha256_update(&c, msg, mlen);
	sha256_final(&c, inner);

	for (i = 0; i < SHA256_BLOCK; i++)
		pad[i] = k[i] ^ 0x5c;
	sha256_init(&c);
	sha256_update(&c, pad, sizeof(pad));
	sha256_update(&c, inner, sizeof(inner));
	sha256_final(&c, out);

	explicit_bzero(k, sizeof(k));
	explicit_bzero(pad, sizeof(pad));
	explicit_bzero(inner, sizeof(inner));
}

static const char b64url_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/*
 * Writes n bytes as unpadded base64url plus a NUL.  Returns the length
 * written, or 0 (out left as an empty string when it has room for one)
 * if out is too small; an empty input also gives 0.
 */
size_t
b64url_encode(const void *in, size_t n, char *out, size_t outsz)
{
	const unsigned char	*p = in;
	size_t			 len, i, o = 0;
	uint32_t		 v;

	if (n / 3 >= ((size_t)-1 - 4) / 4)
		return 0;
	len = B64URL_LEN(n);
	if (outsz < len + 1) {
		if (outsz > 0)
			out[0] = '\0';
		return 0;
	}
	for (i = 0; i + 3 <= n; i += 3) {
		v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
		out[o++] = b64url_alphabet[v >> 18];
		out[o++] = b64url_alphabet[(v >> 12) & 63];
		out[o++] = b64url_alphabet[(v >> 6) & 63];
		out[o++] = b64url_alphabet[v & 63];
	}
	if (n - i == 1) {
		v = (uint32_t)p[i] << 16;
		out[o++] = b64url_alphabet[v >> 18];
		out[o++] = b64url_alphabet[(v >> 12) & 63];
	} else if (n - i == 2) {
		v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
		out[o++] = b64url_alphabet[v >> 18];
		out[o++] = b64url_alphabet[(v >> 12) & 63];
		out[o++] = b64url_alphabet[(v >> 6) & 63];
	}
	out[o] = '\0';
	return o;
}

static int
b64url_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '-')
		return 62;
	if (c == '_')
		return 63;
	return -1;
}

/*
 * Strict decoding: only the 64 base64url characters, no padding, no
 * whitespace, and the unused low bits of the last character must be
 * zero, so that every byte string has exactly one accepted spelling.
 * Returns 0 with *outlen set, or -1 (also when out is too small).
 */
int
b64url_decode(const char *in, unsigned char *out, size_t outsz,
    size_t *outlen)
{
	size_t		 len, need, i, o = 0;
	uint32_t	 v;
	int		 d[4], j, rem;

	if (in == NULL)
		return -1;
	len = strlen(in);
	rem = (int)(len % 4);
	if (rem == 1)
		return -1;
	need = len / 4 * 3 + (rem ? (size_t)rem - 1 : 0);
	if (need > outsz)
		return -1;
	for (i = 0; i < len; i += 4) {
		for (j = 0; j < 4 && i + (size_t)j < len; j++)
			if ((d[j] = b64url_value((unsigned char)in[i + j])) < 0)
				return -1;
		for (; j < 4; j++)
			d[j] = 0;
		v = (uint32_t)d[0] << 18 | (uint32_t)d[1] << 12 |
		    (uint32_t)d[2] << 6 | (uint32_t)d[3];
		if (len - i >= 4) {
			out[o++] = (unsigned char)(v >> 16);
			out[o++] = (unsigned char)(v >> 8);
			out[o++] = (unsigned char)v;
		} else if (rem == 2) {
			if (d[1] & 0x0f)
				return -1;
			out[o++] = (unsigned char)(v >> 16);
		} else {
			if (d[2] & 0x03)
				return -1;
			out[o++] = (unsigned char)(v >> 16);
			out[o++] = (unsigned char)(v >> 8);
		}
	}
	if (outlen != NULL)
		*outlen = o;
	return 0;
}

int
crypto_token(char out[TOKEN_SIZE])
{
	unsigned char	 raw[TOKEN_BYTES];
	int		 rc = -1;

	out[0] = '\0';
	if (crypto_random(raw, sizeof(raw)) == -1)
		goto out;
	if (b64url_encode(raw, sizeof(raw), out, TOKEN_SIZE) != TOKEN_LEN)
		goto out;
	rc = 0;
out:
	explicit_bzero(raw, sizeof(raw));
	return rc;
}

/* What the database stores in place of a token: SHA-256 of its text. */
void
crypto_token_hash(const char *token, unsigned char out[SHA256_LEN])
{
	sha256(token, strlen(token), out);
}

/*
 * Returns 1 if the n bytes are equal, else 0, in a time that depends
 * only on n: every byte is read, and the accumulator is volatile so the
 * compiler cannot stop at the first difference.
 */
int
crypto_equal(const void *a, const void *b, size_t n)
{
	const volatile unsigned char	*pa = a, *pb = b;
	volatile unsigned char		 diff = 0;
	size_t				 i;

	for (i = 0; i < n; i++)
		diff |= pa[i] ^ pb[i];
	return ((unsigned)diff - 1) >> 8 & 1;
}

void
crypto_token_hash_hex(const char *token, char out[2 * SHA256_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char	 h[SHA256_LEN];
	size_t		 i;

	crypto_token_hash(token, h);
	for (i = 0; i < SHA256_LEN; i++) {
		out[2 * i] = hex[h[i] >> 4];
		out[2 * i + 1] = hex[h[i] & 15];
	}
	out[2 * SHA256_LEN] = '\0';
}
