/*
 * Cryptographic building blocks for member accounts: kernel randomness,
 * SHA-256 (FIPS 180-4), HMAC-SHA-256 (RFC 2104), unpadded base64url
 * (RFC 4648 section 5), random tokens and constant-time comparison.
 *
 * A token is 32 bytes from getrandom(2) written as 43 base64url
 * characters; the database only ever stores its SHA-256, so a leaked
 * table does not hand out live sessions or reset links.  Nothing here
 * ever falls back to rand(), random() or the clock: when the kernel
 * cannot give randomness, the caller gets -1 and must fail the request.
 */
#ifndef CRYPTO_H
#define CRYPTO_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN	 32
#define SHA256_BLOCK	 64
#define TOKEN_BYTES	 32
#define TOKEN_LEN	 43	/* base64url of TOKEN_BYTES, no padding */
#define TOKEN_SIZE	 44	/* TOKEN_LEN + NUL */

/* Output size of b64url_encode for n bytes, without the NUL. */
#define B64URL_LEN(n)	 (((n) / 3) * 4 + ((n) % 3 ? (n) % 3 + 1 : 0))

struct sha256_ctx {
	uint32_t	 h[8];
	uint64_t	 bytes;		/* total message length so far */
	unsigned char	 block[SHA256_BLOCK];
	size_t		 used;		/* bytes waiting in block */
};

int	 crypto_random(void *, size_t);

void	 sha256_init(struct sha256_ctx *);
void	 sha256_update(struct sha256_ctx *, const void *, size_t);
void	 sha256_final(struct sha256_ctx *, unsigned char out[SHA256_LEN]);
void	 sha256(const void *, size_t, unsigned char out[SHA256_LEN]);
void	 hmac_sha256(const void *key, size_t klen, const void *msg,
	    size_t mlen, unsigned char out[SHA256_LEN]);

size_t	 b64url_encode(const void *, size_t, char *out, size_t outsz);
int	 b64url_decode(const char *, unsigned char *out, size_t outsz,
	    size_t *outlen);

int	 crypto_token(char out[TOKEN_SIZE]);
void	 crypto_token_hash(const char *, unsigned char out[SHA256_LEN]);
/* The same as 64 hex digits: how SQL receives it (UNHEX(?)). */
void	 crypto_token_hash_hex(const char *, char out[2 * SHA256_LEN + 1]);
int	 crypto_equal(const void *, const void *, size_t);

#endif
