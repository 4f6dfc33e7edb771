#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"

struct slot {
	const char	*key;
	const char	*text;
};

/*
 * Keys and texts point into `data`, the file read whole and cut in place
 * (texts are unescaped in place: that only shortens them).  `slots` is
 * an open-addressing table, a power of two at most half full.
 */
struct ui_strings {
	char		*data;
	struct slot	*slots;
	size_t		 mask;
	size_t		 n;
};

static size_t
slot_find(const struct ui_strings *s, const char *key)
{
	size_t	 i;

	i = (size_t)hash_fnv1a(key, strlen(key), HASH_FNV_SEED) & s->mask;
	while (s->slots[i].key != NULL && strcmp(s->slots[i].key, key) != 0)
		i = (i + 1) & s->mask;
	return i;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Unescapes [b, e) in place and NUL-terminates it; -1 on a bad escape. */
static int
text_unescape(char *b, char *e)
{
	char	*w = b;

	for (; b < e; b++) {
		if (*b != '\\') {
			*w++ = *b;
			continue;
		}
		if (++b == e)
			return -1;
		switch (*b) {
		case 's':
			*w++ = ' ';
			break;
		case 'n':
			*w++ = '\n';
			break;
		case '\\':
			*w++ = '\\';
			break;
		default:
			return -1;
		}
	}
	*w = '\0';
	return 0;
}

static char *
file_read(const char *path, size_t *len)
{
	FILE	*f;
	char	*data = NULL, *p;
	size_t	 cap = 0, n = 0, got;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	for (;;) {
		if (cap - n < 4096) {
			cap = cap == 0 ? 65536 : cap * 2;
			if ((p = realloc(data, cap)) == NULL)
				goto err;
			data = p;
		}
		got = fread(data + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
		goto err;
	fclose(f);
	data[n] = '\0';
	*len = n;
	return data;
err:
	free(data);
	fclose(f);
	return NULL;
}

struct ui_strings *
ui_load(const char *path, char *err, size_t errsz)
{
	struct ui_strings	*s;
	char		*line, *next, *eq, *k, *ke, *t, *te;
	size_t		 len, lines = 0, i, lineno = 0;

	if ((s = calloc(1, sizeof(*s))) == NULL) {
		snprintf(err, errsz, "out of memory");
		return NULL;
	}
	if ((s->data = file_read(path, &len)) == NULL) {
		snprintf(err, errsz, "%s: %s", path, strerror(errno));
		goto err;
	}
	if (!utf8_valid(s->data, len) || memchr(s->data, '\0', len) != NULL) {
		snprintf(err, errsz, "%s: not UTF-8 text", path);
		goto err;
	}
	for (i = 0; i < len; i++)
		lines += s->data[i] == '\n';
	for (s->mask = 64; s->mask < 2 * (lines + 1); s->mask *= 2)
		continue;
	if ((s->slots = calloc(s->mask, sizeof(*s->slots))) == NULL) {
		snprintf(err, errsz, "out of memory");
		goto err;
	}
	s->mask--;

	for (line = s->data; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		for (k = line; is_blank(*k); k++)
			continue;
		if (*k == '\0' || *k == '#')
			continue;
		if ((eq = strchr(k, '=')) == NULL) {
			snprintf(err, errsz, "%s:%zu: no \"=\"", path, lineno);
			goto err;
		}
		for (ke = eq; ke > k && is_blank(ke[-1]); ke--)
			continue;
		for (t = eq + 1; is_blank(*t); t++)
			continue;
		for (te = t + strlen(t); te > t && is_blank(te[-1]); te--)
			continue;
		*ke = '\0';
		if (*k == '\0' || strpbrk(k, " \t") != NULL) {
			snprintf(err, errsz, "%s:%zu: bad key", path, lineno);
			goto err;
		}
		if (text_unescape(t, te) == -1) {
			snprintf(err, errsz, "%s:%zu: bad \"\\\" escape", path,
			    lineno);
			goto err;
		}
		i = slot_find(s, k);
		if (s->slots[i].key != NULL) {
			snprintf(err, errsz, "%s:%zu: key \"%s\" given twice",
			    path, lineno, k);
			goto err;
		}
		s->slots[i].key = k;
		s->slots[i].text = t;
		s->n++;
	}
	return s;
err:
	ui_free(s);
	return NULL;
}

const char *
ui_get(const struct ui_strings *s, const char *key)
{
	if (s == NULL || key == NULL)
		return NULL;
	return s->slots[slot_find(s, key)].text;
}

size_t
ui_count(const struct ui_strings *s)
{
	return s == NULL ? 0 : s->n;
}

void
ui_free(struct ui_strings *s)
{
	if (s == NULL)
		return;
	free(s->slots);
	free(s->data);
	free(s);
}
