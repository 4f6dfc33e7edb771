/*
 * The words of the interface: one file per language (xsl/strings-fr.txt,
 * xsl/strings-en.txt), read once per worker into a hash table, so that a
 * look-up costs the same whatever the size of the table.  Stylesheets
 * reach them through the XSLT extension function ui:t('key') (render.c);
 * C code (mails) through ui_get.
 *
 * The file format, for translators:
 *
 *	# a comment line
 *	key = the text, to the end of the line
 *
 * Spaces around the "=" and at both ends of the text are not part of it;
 * "\s" stands for a space that is (at either end), "\n" for a line
 * break, "\\" for a backslash.  Any other backslash, a line without
 * "=", a key used twice or a key with spaces is an error: a broken file
 * stops start-up rather than showing holes.
 */
#ifndef UI_H
#define UI_H

#include <stddef.h>

struct ui_strings;

struct ui_strings	*ui_load(const char *path, char *err, size_t errsz);
const char	*ui_get(const struct ui_strings *, const char *key);
size_t		 ui_count(const struct ui_strings *);
void		 ui_free(struct ui_strings *);

#endif
