/*
 * Password storage with libxcrypt's yescrypt, and the password policy.
 *
 * A stored hash is the whole crypt(5) string ("$y$j9T$salt$hash"): it
 * carries its own method, cost and salt, so hashes made with an older
 * method or cost still verify, and password_needs_rehash() tells the
 * login handler when to store a fresh one.
 */
#ifndef PASSWORD_H
#define PASSWORD_H

#include <stddef.h>

/*
 * yescrypt cost for crypt_gensalt: 5 is libxcrypt's own default (what
 * it picks for 0, and Debian's YESCRYPT_COST_FACTOR for system logins):
 * N = 2^12, r = 32, about 16 MiB and a few tens of milliseconds per
 * hash.  That makes each offline guess costly in memory while a small
 * server with a handful of FastCGI workers can still take a burst of
 * logins and sign-ups.  Raise it when the hardware grows: old hashes
 * get upgraded at the next login.
 */
#define PASSWORD_COST		 5

/*
 * Room for a hash from password_hash() with its NUL: a yescrypt hash at
 * this cost is 73 characters, so a VARCHAR(127) column holds it with
 * room for a later method.
 */
#define PASSWORD_HASH_SIZE	 128

#define PASSWORD_MIN_CHARS	 10	/* code points */
#define PASSWORD_MAX_BYTES	 256

int	 password_hash(const char *pw, char *out, size_t outsz);
int	 password_verify(const char *pw, const char *hash);
int	 password_needs_rehash(const char *hash);
int	 password_acceptable(const char *pw, const char *email,
	    const char **why);

#endif
