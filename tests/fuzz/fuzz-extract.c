/* fuzz-extract.c: the whole extraction on arbitrary valid text. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "ent-extract.h"
#include "ent-text.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static EntGazetteer *gaz;

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntNetwork) net = NULL;
  EntDocument *doc;

  if (gaz == NULL)
    gaz = ent_gazetteer_new_default (NULL);
  if (!ent_text_validate ((const char *) data, size, "fuzz", NULL))
    return 0;
  net = ent_network_new ();
  doc = ent_network_add_document (net, "fuzz.txt", "fuzz", g_strndup ((const char *) data, size), size);
  ent_text_split_sentences (doc->text, doc->len, doc->sentences);
  g_assert (ent_extract (net, gaz, NULL, NULL, NULL, &error));
  for (guint i = 0; i < net->actors->len; i++)
    {
      EntActor *a = g_ptr_array_index (net->actors, i);
      g_assert (g_utf8_validate (a->name, -1, NULL));
      for (guint j = 0; j < a->mentions->len; j++)
        {
          EntMention *m = &g_array_index (a->mentions, EntMention, j);
          g_assert (m->start < m->end && m->end <= size);
        }
    }
  for (guint i = 0; i < net->relations->len; i++)
    {
      EntRelation *r = g_ptr_array_index (net->relations, i);
      g_assert (r->source < net->actors->len && r->target < net->actors->len);
      g_assert (r->source != r->target);
      for (guint j = 0; j < r->evidence->len; j++)
        {
          EntEvidence *e = g_ptr_array_index (r->evidence, j);
          g_assert (e->end <= size && e->start <= e->end);
          g_assert (strncmp (e->text, doc->text + e->start, e->end - e->start) == 0);
        }
    }
  return 0;
}
