/* corpus-files.c: article files made from the quality corpus (our own
 * wire copy), for the window test and benchmark. */
#include "config.h"

#include <glib/gstdio.h>

#include "corpus-files.h"

/* A generated corpus: @n articles from the quality corpus (our own wire
 * copy), each with its own dispatch line, or one file of about @megabytes. */
GPtrArray *
corpus_files_write (const char *dir, guint n, guint megabytes)
{
  const char *src = g_getenv ("ENTENTE_SOURCE_DIR");
  g_autofree char *corpus = g_build_filename (src ? src : SOURCE_DIR, "tests", "corpus", NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = g_dir_open (corpus, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      {
        g_autofree char *path = g_build_filename (corpus, name, NULL);
        char *text = NULL;

        if (g_file_get_contents (path, &text, NULL, NULL))
          g_ptr_array_add (texts, text);
      }
  g_assert_cmpuint (texts->len, >, 0);

  if (megabytes > 0)
    {
      g_autoptr(GString) big = g_string_new (NULL);
      g_autofree char *path = g_build_filename (dir, "digest.txt", NULL);

      for (guint i = 0; big->len < (gsize) megabytes * 1024 * 1024; i++)
        g_string_append_printf (big, "Dispatch %u\n\n%s\n\n", i,
                                (const char *) g_ptr_array_index (texts, i % texts->len));
      g_assert_true (g_file_set_contents (path, big->str, (gssize) big->len, NULL));
      g_ptr_array_add (files, g_file_new_for_path (path));
      return files;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/dispatch-%03u.txt", dir, i);
      g_autofree char *text = g_strdup_printf ("Dispatch %u\n\n%s", i,
                                               (const char *) g_ptr_array_index (texts, i % texts->len));

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  return files;
}

void
corpus_files_remove (const char *dir, GPtrArray *files)
{
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_file_get_path (g_ptr_array_index (files, i));
      g_unlink (path);
    }
  g_rmdir (dir);
}
