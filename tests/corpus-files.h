/* corpus-files.h: article files made from the quality corpus, for the
 * window test and benchmark. */
#pragma once

#include <gio/gio.h>

GPtrArray *corpus_files_write (const char *dir, guint n, guint megabytes);
void       corpus_files_remove (const char *dir, GPtrArray *files);
