#include <crypt.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "password.h"
#include "util.h"

#define SALT_BYTES	 16	/* what libxcrypt draws itself for yescrypt */

/*
 * struct crypt_data is about 32 KiB: too big for a FastCGI worker's
 * stack frame.  calloc also gives the zeroed first use crypt_r wants.
 */
static struct crypt_data *
cd_new(void)
{
	return calloc(1, sizeof(struct crypt_data));
}

/* The crypt_data keeps copies of the passphrase and the hash. */
static void
cd_free(struct crypt_data *cd)
{
	if (cd == NULL)
		return;
	explicit_bzero(cd, sizeof(*cd));
	free(cd);
}

/* crypt_r reports failure with NULL or a token starting with '*'. */
static int
crypt_failed(const char *r)
{
	return r == NULL || r[0] == '*' || r[0] == '\0';
}

/*
 * Writes a fresh yescrypt hash of pw into out.  The salt comes from
 * getrandom through crypto_random, passed to crypt_gensalt_rn
 * explicitly, so there is one audited randomness path.  The setting
 * lives in its own buffer, never inside the crypt_data that crypt_r
 * writes its output to.  Returns 0, or -1 with out set to "".
 */
int
password_hash(const char *pw, char *out, size_t outsz)
{
	struct crypt_data	*cd = NULL;
	char			 setting[CRYPT_GENSALT_OUTPUT_SIZE];
	unsigned char		 salt[SALT_BYTES];
	const char		*r;
	size_t			 len;
	int			 rc = -1;

	if (outsz > 0)
		out[0] = '\0';
	if (pw == NULL || outsz == 0)
		return -1;
	if (crypto_random(salt, sizeof(salt)) == -1)
		goto out;
	if (crypt_gensalt_rn("$y$", PASSWORD_COST, (const char *)salt,
	    sizeof(salt), setting, sizeof(setting)) == NULL ||
	    crypt_failed(setting))
		goto out;
	if ((cd = cd_new()) == NULL)
		goto out;
	r = crypt_r(pw, setting, cd);
	if (crypt_failed(r) || strncmp(r, "$y$", 3) != 0)
		goto out;
	if ((len = strlen(r)) >= outsz)
		goto out;
	memcpy(out, r, len + 1);
	rc = 0;
out:
	explicit_bzero(salt, sizeof(salt));
	cd_free(cd);
	return rc;
}

/*
 * Returns 1 if pw matches the stored hash, 0 otherwise.  Any method
 * libxcrypt knows in modular form ("$id$...") is accepted, so older
 * hashes keep working until the login upgrades them; the old one-DES
 * and "_" forms, which drop most of a password, are refused.  crypt_r
 * recomputes the hash with the stored setting and the two strings are
 * compared in constant time.
 */
int
password_verify(const char *pw, const char *hash)
{
	struct crypt_data	*cd;
	const char		*r;
	size_t			 len;
	int			 match = 0;

	if (pw == NULL || hash == NULL || hash[0] != '$')
		return 0;
	if ((len = strnlen(hash, CRYPT_OUTPUT_SIZE)) >= CRYPT_OUTPUT_SIZE)
		return 0;
	if ((cd = cd_new()) == NULL)
		return 0;
	r = crypt_r(pw, hash, cd);
	if (!crypt_failed(r) && strlen(r) == len)
		match = crypto_equal(r, hash, len);
	cd_free(cd);
	return match;
}

static int
crypt_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '.' || c == '/';
}

/* Length of a run of crypt-alphabet characters at s. */
static size_t
crypt_span(const char *s)
{
	size_t	 n = 0;

	while (crypt_char(s[n]))
		n++;
	return n;
}

/*
 * The parameter field libxcrypt writes for "$y$" at PASSWORD_COST (for
 * 5: "j9T", that is flavour, log2 N and r in yescrypt's base-64).
 * Asking libxcrypt, rather than hard-coding the encoding, keeps the two
 * in step.  The entropy is fixed: only the parameters are used.
 */
static int
yescrypt_params(char *out, size_t outsz)
{
	static const char	 zero[SALT_BYTES];
	char			 setting[CRYPT_GENSALT_OUTPUT_SIZE];
	size_t			 n;

	if (crypt_gensalt_rn("$y$", PASSWORD_COST, zero, sizeof(zero),
	    setting, sizeof(setting)) == NULL || strncmp(setting, "$y$", 3))
		return -1;
	n = crypt_span(setting + 3);
	if (n == 0 || n >= outsz || setting[3 + n] != '$')
		return -1;
	memcpy(out, setting + 3, n);
	out[n] = '\0';
	return 0;
}

/*
 * Returns 1 when the stored hash should be replaced after a successful
 * login: another method (bcrypt, sha512crypt, gost-yescrypt...), a
 * yescrypt parameter field other than the one PASSWORD_COST gives
 * (another cost, or extra parameters), or a hash that is not a
 * well-formed "$y$params$salt$hash".
 */
int
password_needs_rehash(const char *hash)
{
	char		 want[64];
	const char	*p;
	size_t		 n;

	if (hash == NULL || strncmp(hash, "$y$", 3) != 0)
		return 1;
	if (yescrypt_params(want, sizeof(want)) == -1)
		return 1;
	p = hash + 3;
	n = crypt_span(p);
	if (n != strlen(want) || strncmp(p, want, n) != 0 || p[n] != '$')
		return 1;
	p += n + 1;
	n = crypt_span(p);				/* salt */
	if (n == 0 || p[n] != '$')
		return 1;
	p += n + 1;
	n = crypt_span(p);				/* hash */
	if (n == 0 || p[n] != '\0')
		return 1;
	return 0;
}

/* Case-insensitive equality for ASCII letters only, whatever the locale. */
static int
ascii_caseeq(const char *a, const char *b)
{
	unsigned char	 ca, cb;

	do {
		ca = (unsigned char)*a++;
		cb = (unsigned char)*b++;
		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
	} while (ca == cb && ca != '\0');
	return ca == cb;
}

/* True if the valid UTF-8 string s is one code point repeated. */
static int
one_char_repeated(const char *s, size_t len)
{
	size_t	 k, i;

	for (k = 1; k < len && ((unsigned char)s[k] & 0xc0) == 0x80; k++)
		continue;
	if (len % k != 0)
		return 0;
	for (i = k; i < len; i += k)
		if (memcmp(s, s + i, k) != 0)
			return 0;
	return 1;
}

/*
 * The sign-up and change-password policy.  Returns 1 if pw may be
 * used, else 0 with *why (when why is not NULL) set to a short code the
 * interface translates: "invalid" (not UTF-8), "too-long" (over
 * PASSWORD_MAX_BYTES bytes), "too-short" (under PASSWORD_MIN_CHARS code
 * points), "same-as-email", "repeated" (one character over and over).
 * The byte limit is checked first so a huge input is not scanned.
 */
int
password_acceptable(const char *pw, const char *email, const char **why)
{
	const char	*code = NULL;
	size_t		 len;

	if (pw == NULL)
		code = "invalid";
	else if ((len = strnlen(pw, PASSWORD_MAX_BYTES + 1)) >
	    PASSWORD_MAX_BYTES)
		code = "too-long";
	else if (!utf8_valid(pw, len))
		code = "invalid";
	else if (utf8_chars(pw, len) < PASSWORD_MIN_CHARS)
		code = "too-short";
	else if (email != NULL && ascii_caseeq(pw, email))
		code = "same-as-email";
	else if (one_char_repeated(pw, len))
		code = "repeated";
	if (why != NULL)
		*why = code;
	return code == NULL;
}
