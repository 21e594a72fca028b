/* fuzz-gazetteer.c: a user's --gazetteer file, then an extraction with it. */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "ent-extract.h"
#include "ent-text.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *tmp_path;
static const char sample[] =
  "Ankara and Moscow traded accusations on Monday, while the Emiratis backed the army.";

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntGazetteer) gaz = ent_gazetteer_new_default (NULL);
  g_autoptr(EntNetwork) net = NULL;
  EntDocument *doc;

  if (tmp_path == NULL)
    tmp_path = g_strdup_printf ("%s/entente-fuzz-gaz-%d.json", g_get_tmp_dir (), (int) getpid ());
  if (!g_file_set_contents (tmp_path, (const char *) data, (gssize) size, NULL))
    return 0;
  if (!ent_gazetteer_merge_file (gaz, tmp_path, &error))
    {
      g_assert (error != NULL);
      return 0;
    }
  net = ent_network_new ();
  doc = ent_network_add_document (net, "s.txt", "s", g_strdup (sample), sizeof sample - 1);
  ent_text_split_sentences (doc->text, doc->len, doc->sentences);
  g_assert (ent_extract (net, gaz, NULL, NULL, NULL, NULL));
  return 0;
}
